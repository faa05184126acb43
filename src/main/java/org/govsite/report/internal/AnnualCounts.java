package org.govsite.report.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govsite.channel.ChannelDirectory;
import org.govsite.channel.ChannelKind;
import org.govsite.channel.ChannelView;
import org.govsite.content.ChannelEntry;
import org.govsite.content.ContentCatalog;
import org.govsite.content.DocumentType;
import org.govsite.interaction.LetterYear;
import org.govsite.report.VisitFigures;
import org.govsite.secops.SecurityFigures;
import org.govsite.secops.SecurityYear;
import org.govsite.servicecatalog.CaseQueries;
import org.govsite.servicecatalog.ServiceCatalog;
import org.govsite.servicecatalog.ServiceFigures;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteKind;
import org.govsite.site.SitePageFacts;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * What the platform counts for a site's annual website report, by field key, each figure through
 * the module that owns it: visits here, documents through content's catalogue and the channel
 * kinds, services and cases through the service catalogue, letters through interaction, the
 * security checks, problems and drills through security operations.
 */
@Component
public class AnnualCounts {

	/** The channel kinds whose documents make the 信息公开目录. */
	static final Set<ChannelKind> DISCLOSURE = EnumSet.of(ChannelKind.DISCLOSURE, ChannelKind.POLICY,
			ChannelKind.PERSONNEL, ChannelKind.PLAN);

	static final Set<DocumentType> PRODUCTS = EnumSet.of(DocumentType.PICTURE_NEWS, DocumentType.VIDEO);

	private static final String YES = "是";

	private static final String NO = "否";

	private final SiteDirectory sites;

	private final ChannelDirectory channels;

	private final ContentCatalog catalog;

	private final VisitQueries visits;

	private final ServiceCatalog services;

	private final CaseQueries cases;

	private final LetterYear letters;

	private final SecurityFigures security;

	private final Clock clock;

	AnnualCounts(SiteDirectory sites, ChannelDirectory channels, ContentCatalog catalog, VisitQueries visits,
			ServiceCatalog services, CaseQueries cases, LetterYear letters, SecurityFigures security, Clock clock) {
		this.security = security;
		this.sites = sites;
		this.channels = channels;
		this.catalog = catalog;
		this.visits = visits;
		this.services = services;
		this.cases = cases;
		this.letters = letters;
		this.clock = clock;
	}

	public Map<String, String> of(long siteId, int year) {
		Map<String, String> values = new HashMap<>();
		sites.pageFacts(siteId).ifPresent(facts -> site(values, facts));
		List<VisitFigures.Day> days = visits.days(siteId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		values.put("visits.views", String.valueOf(days.stream().mapToLong(VisitFigures.Day::views).sum()));
		values.put("visits.visitors", String.valueOf(days.stream().mapToLong(VisitFigures.Day::visitors).sum()));
		documents(values, siteId, year);
		ServiceFigures service = services.figures(siteId);
		values.put("services.catalogue", service.items() > 0 ? YES : NO);
		values.put("services.items", String.valueOf(service.items()));
		values.put("services.fullyOnline", String.valueOf(service.fullyOnline()));
		String code = sites.find(siteId).map(site -> site.siteCode()).orElse(null);
		CaseQueries.CaseFigures counted = code == null ? new CaseQueries.CaseFigures(0, 0, 0, 0) : cases.figures(code, year);
		values.put("services.cases", String.valueOf(counted.total()));
		values.put("services.casesPersons", String.valueOf(counted.persons()));
		values.put("services.casesLegalPersons", String.valueOf(counted.legalPersons()));
		values.put("services.casesOnline", String.valueOf(counted.online()));
		LetterYear.Figures letter = letters.of(siteId, year);
		values.put("letters.unifiedPlatform", YES);
		values.put("letters.received", String.valueOf(letter.received()));
		values.put("letters.closed", String.valueOf(letter.closed()));
		values.put("letters.averageDays", String.valueOf(letter.averageWorkingDays()));
		values.put("letters.published", String.valueOf(letter.published()));
		SecurityYear secured = security.ofSite(siteId, year);
		values.put("security.checks", String.valueOf(secured.checks()));
		values.put("security.problems", String.valueOf(secured.problemsFound()));
		values.put("security.fixed", String.valueOf(secured.problemsFixed()));
		values.put("security.drills", secured.drills() > 0 ? YES : NO);
		// the platform's own: its site search and its accessibility and elderly-friendly mode serve every site
		values.put("innovation.search", YES);
		values.put("innovation.accessibility", YES);
		return values;
	}

	private static void site(Map<String, String> values, SitePageFacts facts) {
		values.put("website.name", facts.name());
		values.put("website.homeUrl", facts.englishDomain() == null ? "" : "https://" + facts.englishDomain() + "/");
		values.put("website.sponsor", facts.sponsor());
		values.put("website.kind", facts.kind() == SiteKind.PORTAL ? "政府门户网站" : "部门网站");
		values.put("website.code", orEmpty(facts.siteCode()));
		values.put("website.icp", orEmpty(facts.icpNumber()));
		values.put("website.publicSecurity", orEmpty(facts.publicSecurityNumber()));
	}

	/** Documents first published on the site in the year, once each however many channels show them. */
	private void documents(Map<String, String> values, long siteId, int year) {
		Set<Long> all = new HashSet<>();
		Set<Long> overview = new HashSet<>();
		Set<Long> news = new HashSet<>();
		Set<Long> disclosure = new HashSet<>();
		Set<Long> materials = new HashSet<>();
		Set<Long> products = new HashSet<>();
		Set<Long> responses = new HashSet<>();
		int topics = 0;
		int newTopics = 0;
		Instant now = clock.instant();
		for (ChannelView channel : channels.ofSite(siteId)) {
			List<ChannelEntry> entries = catalog.entries(channel.id(), now, 0, catalog.countEntries(channel.id(), now));
			if (channel.kind() == ChannelKind.TOPIC) {
				topics++;
				if (year(channel.createdAt()) == year) {
					newTopics++;
				}
			}
			for (ChannelEntry entry : entries) {
				if (year(entry.publishedAt()) != year) {
					continue;
				}
				all.add(entry.documentId());
				switch (channel.kind()) {
					case OVERVIEW -> overview.add(entry.documentId());
					case NEWS -> news.add(entry.documentId());
					case INTERPRETATION -> (PRODUCTS.contains(entry.type()) ? products : materials).add(entry.documentId());
					case RESPONSE -> responses.add(entry.documentId());
					default -> {
					}
				}
				if (DISCLOSURE.contains(channel.kind())) {
					disclosure.add(entry.documentId());
				}
			}
		}
		values.put("documents.total", String.valueOf(all.size()));
		values.put("documents.overview", String.valueOf(overview.size()));
		values.put("documents.news", String.valueOf(news.size()));
		values.put("documents.disclosure", String.valueOf(disclosure.size()));
		values.put("topics.maintained", String.valueOf(topics));
		values.put("topics.new", String.valueOf(newTopics));
		values.put("interpretation.materials", String.valueOf(materials.size()));
		values.put("interpretation.products", String.valueOf(products.size()));
		values.put("interpretation.total", String.valueOf(materials.size() + products.size()));
		values.put("interpretation.responses", String.valueOf(responses.size()));
	}

	private int year(Instant instant) {
		return instant.atZone(clock.getZone()).getYear();
	}

	private static String orEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}
}
