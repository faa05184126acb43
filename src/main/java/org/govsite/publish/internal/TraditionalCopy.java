package org.govsite.publish.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Makes the traditional-Chinese copy of a page (OpenCC's simplified to traditional, with OpenCC's
 * own dictionaries: {@link SimplifiedToTraditional}). Only what
 * people read is converted: text, and the attributes that are text ({@code title}, {@code alt},
 * {@code aria-label}, the content of meta tags). Markup and addresses stay as they are, except
 * that links to the theme's files and attachments, which are not copied, reach one folder up out
 * of {@code zh-hant/}, and the language switch leads back to the simplified page
 * ({@link TraditionalPage}).
 */
public final class TraditionalCopy {

	private TraditionalCopy() {
	}

	/** The traditional copy of a page published at {@code path} (relative to the site root). */
	public static String html(String html, String path) {
		return new TraditionalPage(html, path).copy();
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

	/** Converts a feed's text: a feed has no attributes that people read. */
	private static final class Converter implements NodeVisitor {

		@Override
		public void head(Node node, int depth) {
			if (node instanceof TextNode text && !text.isBlank()) {
				text.text(convert(text.getWholeText()));
			}
		}
	}
}
