package org.govsite.content.internal;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import org.springframework.stereotype.Component;

/**
 * Cleans what editors write (typed, pasted from Word, imported) before it is stored: the tags of
 * a government article (headings, paragraphs, lists, tables, pictures, links, emphasis,
 * sub/superscript, quotations) and nothing else. No scripts, frames, forms, event handlers or
 * style attributes; the one style kept is a paragraph's alignment, turned into a class
 * ({@code gs-align-center} …) for the theme to style. Links may only be http, https, mailto or
 * relative; pictures http, https, relative or {@code attachment:<id>}.
 */
@Component
public class HtmlSanitizer {

	/** The classes the stored HTML may carry: the alignments, and those of {@link Typesetter}. */
	static final Set<String> CLASSES = Set.of("gs-align-left", "gs-align-center", "gs-align-right", "gs-align-justify",
			"gs-typeset", "gs-image");

	private static final Pattern TEXT_ALIGN = Pattern.compile("text-align\\s*:\\s*(left|center|right|justify)",
			Pattern.CASE_INSENSITIVE);

	private static final Set<String> ALIGNABLE = Set.of("p", "h2", "h3", "h4", "h5", "h6", "div", "td", "th", "li",
			"blockquote", "figure");

	/** Headings start at h2: the page's h1 is the document's title. */
	private static final Map<String, String> RENAMED = Map.of("h1", "h2", "b", "strong", "i", "em");

	private static final String BASE = "https://base.invalid/";

	private final Cleaner cleaner = new Cleaner(safelist());

	static Safelist safelist() {
		return new Safelist()
			.addTags("h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "div", "span", "ul", "ol", "li", "table", "caption",
					"thead", "tbody", "tfoot", "tr", "th", "td", "colgroup", "col", "img", "a", "strong", "em", "u", "s",
					"sub", "sup", "blockquote", "figure", "figcaption", "pre", "code")
			.addAttributes(":all", "class")
			.addAttributes("a", "href", "title")
			.addAttributes("img", "src", "alt", "title", "width", "height")
			.addAttributes("th", "colspan", "rowspan", "scope")
			.addAttributes("td", "colspan", "rowspan")
			.addAttributes("col", "span")
			.addAttributes("colgroup", "span")
			.addAttributes("ol", "start", "type")
			.addProtocols("a", "href", "http", "https", "mailto")
			.addProtocols("img", "src", "http", "https", "attachment")
			.preserveRelativeLinks(true);
	}

	/** The clean HTML of a body fragment. */
	public String sanitize(String html) {
		Document dirty = Jsoup.parseBodyFragment(html, BASE);
		for (Element element : dirty.body().getAllElements()) {
			String renamed = RENAMED.get(element.normalName());
			if (renamed != null) {
				element.tagName(renamed);
			}
			String alignment = alignment(element);
			Set<String> classes = new LinkedHashSet<>();
			element.classNames().stream().filter(name -> CLASSES.contains(name) && !name.startsWith("gs-align-"))
				.forEach(classes::add);
			if (alignment != null && ALIGNABLE.contains(element.normalName())) {
				classes.add("gs-align-" + alignment);
			}
			element.removeAttr("class");
			if (!classes.isEmpty()) {
				element.classNames(classes);
			}
		}
		Document clean = cleaner.clean(dirty);
		for (Element element : clean.body().getAllElements()) {
			if (element.normalName().equals("a") && element.hasAttr("href")) {
				element.attr("rel", "noopener noreferrer");
			}
			if (element.normalName().equals("img") && !element.hasAttr("src")) {
				element.remove();
			}
		}
		clean.outputSettings().prettyPrint(false);
		return clean.body().html().strip();
	}

	/** The alignment the element asks for, by style or by the old align attribute, or by a gs class. */
	private static @Nullable String alignment(Element element) {
		for (String name : element.classNames()) {
			if (name.startsWith("gs-align-") && CLASSES.contains(name)) {
				return name.substring("gs-align-".length());
			}
		}
		Matcher style = TEXT_ALIGN.matcher(element.attr("style"));
		if (style.find()) {
			return style.group(1).toLowerCase(Locale.ROOT);
		}
		String align = element.attr("align").toLowerCase(Locale.ROOT);
		return Set.of("left", "center", "right", "justify").contains(align) ? align : null;
	}
}
