package org.govsite.search.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.govsite.interaction.KnowledgeGaps;
import org.govsite.interaction.Letters;
import org.govsite.interaction.MailboxKind;
import org.govsite.interaction.MailboxView;
import org.govsite.search.Assistant;
import org.govsite.search.PublicSearch;
import org.govsite.search.SearchHit;
import org.govsite.search.SearchIndex;
import org.govsite.search.SearchQuery;
import org.govsite.search.SearchRejected;
import org.govsite.search.SearchResults;
import org.govsite.search.SearchSort;
import org.govsite.site.SiteSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * The assistant as one query of the site's index over the three sources, grouped by source: what
 * the search finds for the question (most of its words, stop words such as 怎么 and 如何 dropped)
 * is an answer. Questions are not counted in the query log: they would crowd out the hot words.
 */
@Service
class SiteAssistant implements Assistant {

	/** Answers shown per source: the best few, not a result list. */
	static final int PER_SOURCE = 3;

	private static final Map<String, Source> KINDS = Map.of("KNOWLEDGE", Source.KNOWLEDGE, "SERVICE_GUIDE",
			Source.SERVICE_GUIDE, "POLICY", Source.POLICY);

	private final SearchIndex index;

	private final PublicSearch search;

	private final Letters letters;

	private final KnowledgeGaps gaps;

	private final MessageSource messages;

	SiteAssistant(SearchIndex index, PublicSearch search, Letters letters, KnowledgeGaps gaps, MessageSource messages) {
		this.index = index;
		this.search = search;
		this.letters = letters;
		this.gaps = gaps;
		this.messages = messages;
	}

	@Override
	public Reply ask(String siteCode, String question) {
		if (!siteCode.matches("\\d{10}")) {
			throw new SearchRejected("site");
		}
		SiteSummary site = search.site(siteCode).orElseThrow(() -> new SearchRejected("site"));
		String text = checked(question);
		SearchResults results = index.query(SearchQuery.of(text)
			.inSites(Set.of(site.id()))
			.ofKinds(KINDS.keySet())
			.sortedBy(SearchSort.RELEVANCE)
			.page(1, 30));
		List<Answer> answers = answers(results.hits());
		String letterUrl = letterUrl(siteCode, text);
		if (answers.isEmpty()) {
			gaps.unanswered(site.id(), text);
			return new Reply(siteCode, site.name(), text, false,
					text(letterUrl == null ? "search.assistant.none" : "search.assistant.noneWithLetter"), answers,
					letterUrl);
		}
		return new Reply(siteCode, site.name(), text, true, text("search.assistant.found"), answers, letterUrl);
	}

	/** The best few of each source, the 知识库's first: an entry written for a question answers it best. */
	static List<Answer> answers(List<SearchHit> hits) {
		Map<Source, List<SearchHit>> bySource = new EnumMap<>(Source.class);
		for (SearchHit hit : hits) {
			Source source = KINDS.get(hit.kind());
			if (source != null) {
				List<SearchHit> some = bySource.computeIfAbsent(source, any -> new ArrayList<>());
				if (some.size() < PER_SOURCE) {
					some.add(hit);
				}
			}
		}
		List<Answer> answers = new ArrayList<>();
		bySource.forEach((source, some) -> some.stream()
			.sorted(Comparator.comparingDouble(SearchHit::score).reversed())
			.forEach(hit -> answers.add(new Answer(source, sourceName(source), hit.plainTitle(), hit.snippet(), hit.url()))));
		return answers;
	}

	private static String sourceName(Source source) {
		return switch (source) {
			case KNOWLEDGE -> "知识库";
			case SERVICE_GUIDE -> "办事指南";
			case POLICY -> "政策文件";
		};
	}

	/** The letter form of the site's 咨询 mailbox (else its first open one), the question filled in. */
	private @Nullable String letterUrl(String siteCode, String question) {
		List<MailboxView> open = letters.mailboxesOf(siteCode);
		Optional<MailboxView> box = open.stream()
			.filter(mailbox -> mailbox.settings().kind() == MailboxKind.CONSULTATION)
			.findFirst()
			.or(() -> open.stream().findFirst());
		return box.map(mailbox -> "/letters/write?mailbox=" + mailbox.id() + "&question="
				+ URLEncoder.encode(question, StandardCharsets.UTF_8)).orElse(null);
	}

	private static String checked(String question) {
		String text = question.strip();
		if (text.isEmpty() || text.codePointCount(0, text.length()) > MAX_QUESTION || text.indexOf('\uFFFD') >= 0
				|| text.chars().anyMatch(Character::isISOControl)) {
			throw new SearchRejected("question");
		}
		return text;
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}
}
