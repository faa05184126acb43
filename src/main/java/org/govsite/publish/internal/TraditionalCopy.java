package org.govsite.publish.internal;

import java.util.Set;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
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
 * Makes the traditional-Chinese copy of a page (OpenCC, simplified to traditional). Only what
 * people read is converted: text, and the attributes that are text ({@code title}, {@code alt},
 * {@code aria-label}, the content of meta tags). Markup and addresses stay as they are, except
 * that links to the theme's files and attachments, which are not copied, reach one folder up out
 * of {@code zh-hant/}, and the language switch leads back to the simplified page.
 */
public final class TraditionalCopy {

	private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "aria-label", "placeholder");

	private static final Set<String> ADDRESS_META = Set.of("Url", "Image", "SiteDomain", "SiteIDCode", "PubDate");

	private TraditionalCopy() {
	}

	/** The traditional copy of a page published at {@code path} (relative to the site root). */
	public static String html(String html, String path) {
		Document document = Jsoup.parse(html);
		document.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
		String root = Links.from(path).root();
		NodeTraversor.traverse(new Converter(), document);
		for (Element element : document.select("[href], [src]")) {
			for (String attribute : new String[] { "href", "src" }) {
				String value = element.attr(attribute);
				if (!value.isEmpty() && pointsIntoShared(value, root)) {
					element.attr(attribute, "../" + value);
				}
			}
		}
		for (Element meta : document.select("meta[name][content]")) {
			if (!ADDRESS_META.contains(meta.attr("name"))) {
				meta.attr("content", convert(meta.attr("content")));
			}
		}
		document.select("html").attr("lang", "zh-Hant");
		for (Element link : document.select("a.gs-lang")) {
			link.attr("href", "../" + root + PageAddresses.linkPath(path)).attr("lang", "zh-CN").text("简体");
		}
		document.select("base[href]").forEach(base -> base.attr("href", base.attr("href") + PageAddresses.TRADITIONAL));
		document.select("link[rel=canonical]").forEach(canonical -> canonical.attr("href",
				withTraditionalPath(canonical.attr("href"), path)));
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
		return ZhConverterUtil.containsSimple(text) ? ZhConverterUtil.toTraditional(text) : text;
	}

	private static boolean pointsIntoShared(String link, String root) {
		return link.startsWith(root + PageAddresses.ASSETS) || link.startsWith(root + PageAddresses.FILES);
	}

	private static String withTraditionalPath(String url, String path) {
		String linked = PageAddresses.linkPath(path);
		return url.endsWith(linked) ? url.substring(0, url.length() - linked.length()) + PageAddresses.TRADITIONAL + linked
				: url;
	}

	/** Converts text nodes and text attributes, leaving scripts, styles and addresses alone. */
	private static final class Converter implements NodeVisitor {

		@Override
		public void head(Node node, int depth) {
			if (node instanceof TextNode text && !text.isBlank()) {
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
