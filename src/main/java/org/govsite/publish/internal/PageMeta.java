package org.govsite.publish.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.govsite.channel.ChannelNode;
import org.govsite.channel.ChannelView;
import org.govsite.content.PublishedDocument;
import org.govsite.publish.internal.Views.Meta;
import org.govsite.site.SiteKind;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;

/**
 * The meta tags of SPEC.md §4 that describe a page's content: the home page's, a channel's
 * ({@code Column…}) and a document's. Each comes from the page's own fields; where a field is
 * empty, from the nearest real one (a policy's 发布机构 as its source, its 主题词 as keywords, the
 * channel's kind and responsible unit for its description) rather than the page's name again. A
 * tag with nothing known is left out by the frame.
 */
final class PageMeta {

	/** How much of a document's text stands in for a missing summary. */
	private static final int DESCRIPTION_LENGTH = 120;

	private PageMeta() {
	}

	/** The home page: what the site is and which channels it has. */
	static List<Meta> home(SiteContext site) {
		List<String> channels = firstLevelNames(site);
		String kind = PageText.text(site.site().kind() == SiteKind.DEPARTMENT ? "page.meta.department" : "page.meta.portal");
		String description = PageText.text("page.meta.homeDescription", site.site().name(), site.site().sponsor(), kind,
				String.join("、", channels.subList(0, Math.min(6, channels.size()))));
		Set<String> keywords = new LinkedHashSet<>();
		keywords.add(site.site().name());
		keywords.addAll(channels);
		return List.of(new Meta("Description", description), new Meta("Keywords", String.join(",", keywords)));
	}

	/** A channel's page, and the channel a document shows under. */
	static List<Meta> column(SiteContext site, ChannelView channel) {
		String kind = PageText.label("page.channelKind", channel.kind());
		String description = blank(channel.description()) ? PageText.text("page.meta.columnDescription", site.site().name(),
				channel.name(), kind, channel.responsibleUnit()) : channel.description();
		String keywords;
		if (blank(channel.keywords())) {
			Set<String> words = new LinkedHashSet<>();
			site.pathTo(channel.id()).forEach(each -> words.add(each.name()));
			words.add(channel.name());
			words.add(kind);
			words.add(site.site().name());
			keywords = String.join(",", words);
		}
		else {
			keywords = channel.keywords();
		}
		return List.of(new Meta("ColumnName", channel.name()), new Meta("ColumnDescription", description),
				new Meta("ColumnKeywords", keywords), new Meta("ColumnType", kind));
	}

	/** A document's page. */
	static List<Meta> document(PublishedDocument document, @Nullable ChannelView primary, String url,
			@Nullable String image, ZoneId zone) {
		return document(document, source(document), primary, url, image, zone);
	}

	/** The same, with the 来源 the page shows (a document lent by another site names that site's sponsor). */
	static List<Meta> document(PublishedDocument document, @Nullable String source, @Nullable ChannelView primary,
			String url, @Nullable String image, ZoneId zone) {
		return List.of(new Meta("ArticleTitle", document.title()),
				// the real first publication: a display date set earlier (倒签) never becomes the PubDate
				new Meta("PubDate", PageText.minute(document.firstPublishedAt(), zone)),
				new Meta("ContentSource", orEmpty(source)),
				new Meta("Keywords", String.join(",", keywords(document, primary))),
				// an unsigned item is the work of the unit it comes from
				new Meta("Author", blank(document.author()) ? orEmpty(source) : document.author()),
				new Meta("Description", description(document)), new Meta("Image", orEmpty(image)), new Meta("Url", url));
	}

	/** The document's 来源: as entered, else a policy's 发布机构. */
	static @Nullable String source(PublishedDocument document) {
		if (!blank(document.source())) {
			return document.source();
		}
		return document.disclosure() == null || blank(document.disclosure().issuer()) ? null : document.disclosure().issuer();
	}

	/** 关键词 and a policy's 主题词; failing both, the channel's keywords. */
	private static List<String> keywords(PublishedDocument document, @Nullable ChannelView primary) {
		Set<String> words = new LinkedHashSet<>(document.keywords());
		if (document.disclosure() != null) {
			words.addAll(document.disclosure().subjectWords());
		}
		words.removeIf(PageMeta::blank);
		if (words.isEmpty() && primary != null && !blank(primary.keywords())) {
			return List.of(primary.keywords());
		}
		return new ArrayList<>(words);
	}

	/** The summary, else the start of the text: the title is in ArticleTitle already. */
	private static String description(PublishedDocument document) {
		if (!blank(document.summary())) {
			return document.summary();
		}
		if (document.disclosure() != null && !blank(document.disclosure().overview())) {
			return document.disclosure().overview();
		}
		String text = textStart(document.body(), DESCRIPTION_LENGTH);
		if (text.isEmpty()) {
			return document.title();
		}
		return text.length() <= DESCRIPTION_LENGTH ? text
				: text.substring(0, text.offsetByCodePoints(0, Math.min(text.codePointCount(0, text.length()), DESCRIPTION_LENGTH))) + "…";
	}

	/**
	 * The text of a body ({@code Jsoup.parse(body).text().strip()}), read only until it has more
	 * than {@code codePoints} code points: a long body is not parsed to its end for the start of
	 * its text. The tree read so far is the start of the whole body's tree, so its text is the start
	 * of the whole text, but for a space that only what follows the last element read decides;
	 * whence one code point more than asked, and the check only once an element at the top of the
	 * body is complete.
	 */
	static String textStart(String body, int codePoints) {
		try (StreamParser parser = new StreamParser(Parser.htmlParser()).parse(body, "")) {
			Document page = parser.document();
			Iterator<Element> completed = parser.iterator();
			while (completed.hasNext()) {
				Element element = completed.next();
				Element parent = element.parent();
				if (parent != null && parent.nameIs("body")) {
					String text = page.text().strip();
					if (text.codePointCount(0, text.length()) > codePoints + 1) {
						return text;
					}
				}
			}
			return page.text().strip();
		}
	}

	private static List<String> firstLevelNames(SiteContext site) {
		return site.tree().stream().map(ChannelNode::channel).filter(ChannelView::shownInNavigation).map(ChannelView::name).toList();
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	private static String orEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}
}
