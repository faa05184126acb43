package org.govsite.content.internal;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import org.springframework.stereotype.Component;

/**
 * 一键排版: makes a body uniform, deterministically, with classes only (never inline styles); the
 * site's theme gives them the site's font, size, first-line indent, line height and paragraph
 * spacing. What it emits:
 * <ul>
 * <li>{@code <div class="gs-typeset">} around the whole body (the theme styles its paragraphs);</li>
 * <li>plain {@code <p>} for paragraphs: leading spaces, full-width spaces and no-break spaces removed
 * (the indent comes from the theme), empty paragraphs dropped, a top-level {@code div} of text
 * turned into a paragraph;</li>
 * <li>{@code <p class="gs-image">} for a paragraph holding only pictures (no indent, centred);</li>
 * <li>alignment kept as {@code gs-align-center} / {@code gs-align-right} (titles, signatures, dates);</li>
 * <li>headings, lists, tables and quotations kept as they are.</li>
 * </ul>
 */
@Component
public class Typesetter {

	private static final Set<String> BLOCKS = Set.of("h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote",
			"figure", "pre", "hr");

	public String typeset(String sanitizedBody) {
		Document source = Jsoup.parseBodyFragment(sanitizedBody);
		Element body = source.body();
		Element wrapper = body.children().size() == 1 && body.child(0).hasClass("gs-typeset") ? body.child(0) : body;
		Document result = Jsoup.parseBodyFragment("");
		Element container = result.body().appendElement("div").addClass("gs-typeset");
		for (Node node : wrapper.childNodesCopy()) {
			add(container, node);
		}
		result.outputSettings().prettyPrint(false);
		return result.body().html();
	}

	private void add(Element container, Node node) {
		if (node instanceof TextNode text) {
			if (!text.isBlank()) {
				paragraph(container, new Element("p").appendChild(text.clone()));
			}
			return;
		}
		if (!(node instanceof Element element)) {
			return;
		}
		if (BLOCKS.contains(element.normalName())) {
			container.appendChild(element);
			return;
		}
		if (element.normalName().equals("div") && !element.select("> p, > div, > table, > ul, > ol, > h2, > h3").isEmpty()) {
			for (Node child : element.childNodesCopy()) {
				add(container, child);
			}
			return;
		}
		if (element.normalName().equals("p") || element.normalName().equals("div")) {
			paragraph(container, element.tagName("p"));
			return;
		}
		paragraph(container, new Element("p").appendChild(element));
	}

	private static void paragraph(Element container, Element paragraph) {
		trimStart(paragraph);
		boolean pictures = !paragraph.select("img").isEmpty();
		if (paragraph.text().isBlank() && !pictures) {
			return;
		}
		String alignment = paragraph.hasClass("gs-align-center") ? "gs-align-center"
				: paragraph.hasClass("gs-align-right") ? "gs-align-right" : null;
		paragraph.clearAttributes();
		if (pictures && paragraph.text().isBlank()) {
			paragraph.addClass("gs-image");
		}
		else if (alignment != null) {
			paragraph.addClass(alignment);
		}
		container.appendChild(paragraph);
	}

	/** Removes the spaces an author typed to indent the first line. */
	private static void trimStart(Element paragraph) {
		for (TextNode text : paragraph.textNodes()) {
			String stripped = text.getWholeText().replaceFirst("^[\\s\\u00a0\\u3000]+", "");
			text.text(stripped);
			if (!stripped.isEmpty()) {
				return;
			}
		}
		Node first = paragraph.childNodeSize() == 0 ? null : paragraph.childNode(0);
		while (first instanceof Element inline && inline.normalName().equals("br")) {
			inline.remove();
			first = paragraph.childNodeSize() == 0 ? null : paragraph.childNode(0);
		}
	}
}
