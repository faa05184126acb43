package org.govsite.search.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.govsite.channel.ChannelDirectory;
import org.govsite.channel.ChannelView;
import org.govsite.search.SearchHit;
import org.govsite.search.PublicSearch;
import org.govsite.search.SearchIndex;
import org.govsite.search.SearchParameters;
import org.govsite.search.SearchQuery;
import org.govsite.search.SearchRejected;
import org.govsite.search.SearchResults;
import org.govsite.search.SearchResults.FacetCount;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The public search over the site group's index: names looked up in caches, so that a search
 * costs no query of the site or channel tables.
 */
@Component
class GroupSearch implements PublicSearch {

	private final SearchIndex index;

	private final SiteDirectory sites;

	private final ChannelDirectory channels;

	private final QueryLog log;

	private final SearchSettings settings;

	private final MessageSource messages;

	/** Channel names for the facets, kept a few minutes: a search must not cost a query per channel. */
	private final Map<Long, String> channelLabels = new java.util.concurrent.ConcurrentHashMap<>();

	@org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "5m")
	void forgetChannelNames() {
		channelLabels.clear();
	}

	private volatile SiteCache siteCache = new SiteCache(Map.of(), Map.of(), Instant.EPOCH);

	GroupSearch(SearchIndex index, SiteDirectory sites, ChannelDirectory channels, QueryLog log, SearchSettings settings,
			MessageSource messages) {
		this.index = index;
		this.sites = sites;
		this.channels = channels;
		this.log = log;
		this.settings = settings;
		this.messages = messages;
	}

	@Override
	public Answer search(SearchParameters parameters) {
		Set<Long> siteIds = new LinkedHashSet<>();
		for (String code : parameters.siteCodes()) {
			SiteSummary site = siteByCode(code);
			if (site == null) {
				throw new SearchRejected("site");
			}
			siteIds.add(site.id());
		}
		SearchQuery query = new SearchQuery(parameters.text(), siteIds, parameters.channelIds(), parameters.kinds(),
				parameters.from(), parameters.to(), parameters.sort(), parameters.page(), parameters.size());
		SearchResults results = index.query(query);
		log.record(parameters.text(), results.total());
		List<Hit> hits = new ArrayList<>();
		for (SearchHit hit : results.hits()) {
			SiteSummary site = siteById(hit.siteId());
			hits.add(new Hit(hit.title(), hit.snippet(), hit.url(), hit.traditionalUrl(),
					site == null || site.siteCode() == null ? "" : site.siteCode(), site == null ? "" : site.name(),
					hit.channels().stream().map(channel -> channel.name()).toList(), hit.kind(), typeName(hit.kind()),
					hit.date().toString(), hit.documentNumber(), hit.validity()));
		}
		int pages = (int) Math.min((LuceneEngine.MAX_WINDOW + parameters.size() - 1) / parameters.size(),
				(results.total() + parameters.size() - 1) / parameters.size());
		return new Answer(parameters.text(), results.total(), results.exact(), parameters.page(), parameters.size(), pages, hits,
				facets(results.facets()), results.suggestion(), results.suggestion() != null, hotWords());
	}

	@Override
	public List<String> hotWords() {
		HotWords current = hotWords;
		if (Duration.between(current.readAt(), Instant.now()).toSeconds() < 60) {
			return current.words();
		}
		List<String> words = readHotWords();
		hotWords = new HotWords(words, Instant.now());
		return words;
	}

	/** Hot words are read again once a minute, not at every search. */
	private record HotWords(List<String> words, Instant readAt) {
	}

	private volatile HotWords hotWords = new HotWords(List.of(), Instant.EPOCH);

	private List<String> readHotWords() {
		List<String> chosen = settings.lines(SearchSettings.HOT_WORDS);
		if (!chosen.isEmpty()) {
			return chosen.stream().limit(10).toList();
		}
		return log.top(30, 30).stream().filter(line -> line.zeroResults() < line.searches())
			.map(QueryLog.Logged::query).filter(query -> query.length() <= 12).limit(8).toList();
	}

	@Override
	public Optional<SiteSummary> site(String code) {
		return Optional.ofNullable(siteByCode(code));
	}

	private Facets facets(SearchResults.Facets facets) {
		List<Facet> site = new ArrayList<>();
		for (FacetCount count : facets.sites()) {
			SiteSummary found = siteById(Long.parseLong(count.value()));
			if (found != null && found.siteCode() != null) {
				site.add(new Facet(found.siteCode(), found.name(), count.count()));
			}
		}
		List<Facet> channel = new ArrayList<>();
		for (FacetCount count : facets.channels()) {
			String label = channelLabels.computeIfAbsent(Long.parseLong(count.value()),
					id -> channels.find(id).map(this::channelLabel).orElse(""));
			if (!label.isEmpty()) {
				channel.add(new Facet(count.value(), label, count.count()));
			}
		}
		List<Facet> type = facets.kinds().stream().map(count -> new Facet(count.value(), typeName(count.value()), count.count()))
			.toList();
		List<Facet> year = facets.years().stream().sorted((a, b) -> b.value().compareTo(a.value()))
			.map(count -> new Facet(count.value(), count.value(), count.count())).toList();
		return new Facets(site, channel, type, year);
	}

	private String channelLabel(ChannelView channel) {
		SiteSummary site = siteById(channel.siteId());
		return site == null ? channel.name() : channel.name() + "（" + site.name() + "）";
	}

	private String typeName(String kind) {
		return messages.getMessage("search.type." + kind, null, kind, LocaleContextHolder.getLocale());
	}

	private Map<String, SiteSummary> sitesByCode() {
		return sites(false).byCode();
	}

	private Map<Long, SiteSummary> sitesById() {
		return sites(false).byId();
	}

	private @Nullable SiteSummary siteByCode(String code) {
		SiteSummary site = sitesByCode().get(code);
		return site != null ? site : sites(true).byCode().get(code);
	}

	/** Not looked up again at once when missing, unlike a code: the index may hold a site since removed. */
	private @Nullable SiteSummary siteById(long id) {
		return sitesById().get(id);
	}

	private record SiteCache(Map<String, SiteSummary> byCode, Map<Long, SiteSummary> byId, Instant readAt) {
	}

	/** The site group, read again every 30 seconds: a search must not cost a query of the site table. */
	private SiteCache sites(boolean missing) {
		SiteCache current = siteCache;
		long age = Duration.between(current.readAt(), Instant.now()).toMillis();
		// a code not known yet is looked up again at once (a site just gone online); the rate limit bounds it
		if (!missing && age < 30_000) {
			return current;
		}
		Map<String, SiteSummary> byCode = new HashMap<>();
		Map<Long, SiteSummary> byId = new HashMap<>();
		for (SiteSummary site : sites.all()) {
			byId.put(site.id(), site);
			if (site.siteCode() != null) {
				byCode.put(site.siteCode(), site);
			}
		}
		current = new SiteCache(byCode, byId, Instant.now());
		siteCache = current;
		return current;
	}
}
