package org.govsite.publish.internal;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Makes the traditional-Chinese copy of a page (OpenCC's simplified to traditional, with opencc4j's
 * dictionaries: {@link SimplifiedToTraditional}). Only what
 * people read is converted: text, and the attributes that are text ({@code title}, {@code alt},
 * {@code aria-label}, the content of meta tags). Markup and addresses stay as they are, except
 * that links to the theme's files and attachments, which are not copied, reach one folder up out
 * of {@code zh-hant/}, and the language switch leads back to the simplified page.
 */
public final class TraditionalCopy {

	private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "aria-label", "placeholder");

	private static final String[] ADDRESSES = { "href", "src" };

	private static final Set<String> ADDRESS_META = Set.of("Url", "Image", "SiteDomain", "SiteIDCode", "PubDate");

	private TraditionalCopy() {
	}

	/** The traditional copy of a page published at {@code path} (relative to the site root). */
	public static String html(String html, String path) {
		Document document = Jsoup.parse(html);
		document.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
		NodeTraversor.traverse(new PageConverter(path), document);
		return document.outerHtml();
	}

	/** The traditional copy of an XML feed: its text converted, its markup as it was. */
	public static String xml(String xml) {
		Document document = Jsoup.parse(xml, Parser.xmlParser());
		document.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.xhtml);
		NodeTraversor.traverse(new Converter(), document);
		return document.outerHtml();
	}

	public static String convert(String text) {
		return SimplifiedToTraditional.convert(text);
	}

	private static boolean pointsIntoShared(String link, String root) {
		return link.startsWith(root + PageAddresses.ASSETS) || link.startsWith(root + PageAddresses.FILES);
	}

	private static String withTraditionalPath(String url, String path) {
		String linked = PageAddresses.linkPath(path);
		return url.endsWith(linked) ? url.substring(0, url.length() - linked.length()) + PageAddresses.TRADITIONAL + linked
				: url;
	}

	/**
	 * One pass over a page: converts text and text attributes, and sets the addresses that differ
	 * in the copy (shared files, the language switch, the base, the canonical address).
	 */
	private static final class PageConverter extends Converter {

		private final String path;

		private final String root;

		PageConverter(String path) {
			this.path = path;
			this.root = Links.from(path).root();
		}

		@Override
		public void head(Node node, int depth) {
			super.head(node, depth);
			if (!(node instanceof Element element)) {
				return;
			}
			for (String attribute : ADDRESSES) {
				String value = element.attr(attribute);
				if (!value.isEmpty() && pointsIntoShared(value, root)) {
					element.attr(attribute, "../" + value);
				}
			}
			switch (element.normalName()) {
				case "html" -> element.attr("lang", "zh-Hant");
				case "meta" -> {
					if (element.hasAttr("content") && !ADDRESS_META.contains(element.attr("name"))) {
						element.attr("content", convert(element.attr("content")));
					}
				}
				case "a" -> {
					if (element.hasClass("gs-lang")) {
						element.attr("href", "../" + root + PageAddresses.linkPath(path)).attr("lang", "zh-CN").text("简体");
					}
				}
				case "base" -> element.attr("href", element.attr("href") + PageAddresses.TRADITIONAL);
				case "link" -> {
					if ("canonical".equals(element.attr("rel"))) {
						element.attr("href", withTraditionalPath(element.attr("href"), path));
					}
				}
				default -> {
				}
			}
		}
	}

	/** Converts text nodes and text attributes, leaving scripts, styles and addresses alone. */
	private static class Converter implements NodeVisitor {

		@Override
		public void head(Node node, int depth) {
			// the language switch names the simplified version in its own script
			if (node instanceof TextNode text && !text.isBlank()
					&& !(text.parent() instanceof Element parent && parent.hasClass("gs-lang"))) {
				text.text(convert(text.getWholeText()));
			}
			else if (node instanceof Element element) {
				for (String attribute : TEXT_ATTRIBUTES) {
					if (element.hasAttr(attribute)) {
						element.attr(attribute, convert(element.attr(attribute)));
					}
				}
			}
		}
	}
}
