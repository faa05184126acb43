package org.govsite.content.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.govsite.content.DisclosureMetadata;
import org.govsite.content.DocumentContent;
import org.govsite.content.VersionComparison;
import org.govsite.content.VersionComparison.BodyBlock;
import org.govsite.content.VersionComparison.Change;
import org.govsite.content.VersionComparison.FieldChange;
import org.govsite.content.internal.Lcs.Op;
import org.govsite.content.internal.Lcs.Step;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Compares two versions: every field that differs, and the body block by block (paragraphs,
 * headings, list items, table rows, each by its text), with a longest-common-subsequence over the
 * blocks and, for a block that was changed rather than added or removed, over its characters
 * (Chinese text has no spaces to split words at). Written here rather than taken from a diff
 * library: the two small LCS passes are all it needs.
 */
public final class VersionDiff {

	/** Above this many characters on either side a changed block is shown as removed and added whole. */
	static final int MAX_CHARACTERS = 2000;

	/** Above this many blocks on either side the bodies are shown as removed and added whole. */
	static final int MAX_BLOCKS = 3000;

	private static final Set<String> CONTAINERS = Set.of("div", "ul", "ol", "table", "thead", "tbody", "tfoot",
			"figure", "colgroup");

	/** Turns an enum constant or a yes/no into its Chinese label. */
	private final Function<Object, String> labels;

	/** A display date as the editor entered it: on the platform's clock (govsite.zone). */
	private final DateTimeFormatter dateTime;

	private VersionDiff(Function<Object, String> labels, ZoneId zone) {
		this.labels = labels;
		this.dateTime = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
	}

	/**
	 * A comparison that shows yes/no and the enum values (有效性, 公开方式) by the labels given, and
	 * times in the zone given (the injected {@code Clock}'s).
	 */
	public static VersionDiff labelled(Function<Object, String> labels, ZoneId zone) {
		return new VersionDiff(labels, zone);
	}

	public VersionComparison compare(long documentId, int fromVersion, DocumentContent from, int toVersion,
			DocumentContent to) {
		Map<String, @Nullable String> before = fields(from);
		Map<String, @Nullable String> after = fields(to);
		List<FieldChange> changes = new ArrayList<>();
		before.forEach((field, value) -> {
			if (!Objects.equals(value, after.get(field))) {
				changes.add(new FieldChange(field, value, after.get(field)));
			}
		});
		return new VersionComparison(documentId, fromVersion, toVersion, changes, body(from.body(), to.body()));
	}

	private Map<String, @Nullable String> fields(DocumentContent content) {
		Map<String, @Nullable String> fields = new LinkedHashMap<>();
		fields.put("title", content.title());
		fields.put("subtitle", content.subtitle());
		fields.put("summary", content.summary());
		fields.put("source", content.source());
		fields.put("author", content.author());
		fields.put("responsibleEditor", content.responsibleEditor());
		fields.put("keywords", content.keywords().isEmpty() ? null : String.join("，", content.keywords()));
		fields.put("displayDate", content.displayDate() == null ? null : dateTime.format(content.displayDate()));
		fields.put("linkUrl", content.linkUrl());
		fields.put("reprint", labels.apply(content.reprint()));
		fields.put("reprintUrl", content.reprintUrl());
		fields.put("cover", content.coverId() == null ? null : "#" + content.coverId());
		fields.put("attachments", content.attachmentIds().isEmpty() ? null
				: String.join("，", content.attachmentIds().stream().map(id -> "#" + id).toList()));
		DisclosureMetadata disclosure = content.disclosure();
		fields.put("indexNumber", disclosure == null ? null : disclosure.indexNumber());
		fields.put("subjectCategory", disclosure == null ? null : disclosure.subjectCategory());
		fields.put("documentNumber", disclosure == null ? null : disclosure.documentNumber());
		fields.put("issuer", disclosure == null ? null : disclosure.issuer());
		fields.put("writtenOn", disclosure == null ? null : Objects.toString(disclosure.writtenOn(), null));
		fields.put("disclosedOn", disclosure == null ? null : Objects.toString(disclosure.disclosedOn(), null));
		fields.put("effectiveOn", disclosure == null ? null : Objects.toString(disclosure.effectiveOn(), null));
		fields.put("effectLevel", disclosure == null ? null : disclosure.effectLevel());
		fields.put("validity", disclosure == null ? null : labels.apply(disclosure.validity()));
		fields.put("disclosureMode", disclosure == null ? null : labels.apply(disclosure.mode()));
		fields.put("subjectWords", disclosure == null || disclosure.subjectWords().isEmpty() ? null
				: String.join("，", disclosure.subjectWords()));
		fields.put("overview", disclosure == null ? null : disclosure.overview());
		return fields;
	}

	static List<BodyBlock> body(String fromHtml, String toHtml) {
		List<String> from = blocks(fromHtml);
		List<String> to = blocks(toHtml);
		List<BodyBlock> result = new ArrayList<>();
		if (from.size() > MAX_BLOCKS || to.size() > MAX_BLOCKS) {
			from.forEach(text -> result.add(whole(Change.REMOVED, text)));
			to.forEach(text -> result.add(whole(Change.ADDED, text)));
			return result;
		}
		List<String> removed = new ArrayList<>();
		List<String> added = new ArrayList<>();
		for (Step<String> step : Lcs.diff(from, to)) {
			switch (step.op()) {
				case DELETE -> removed.add(step.value());
				case INSERT -> added.add(step.value());
				case KEEP -> {
					flush(removed, added, result);
					result.add(whole(Change.SAME, step.value()));
				}
			}
		}
		flush(removed, added, result);
		return result;
	}

	/** Removed and added blocks between two kept ones: paired up as changed, the rest as they are. */
	private static void flush(List<String> removed, List<String> added, List<BodyBlock> result) {
		int pairs = Math.min(removed.size(), added.size());
		for (int i = 0; i < pairs; i++) {
			result.add(changed(removed.get(i), added.get(i)));
		}
		removed.subList(pairs, removed.size()).forEach(text -> result.add(whole(Change.REMOVED, text)));
		added.subList(pairs, added.size()).forEach(text -> result.add(whole(Change.ADDED, text)));
		removed.clear();
		added.clear();
	}

	private static BodyBlock whole(Change change, String text) {
		Element block = new Element("span");
		switch (change) {
			case ADDED -> block.appendElement("ins").text(text);
			case REMOVED -> block.appendElement("del").text(text);
			default -> block.text(text);
		}
		return new BodyBlock(change, block.html());
	}

	private static BodyBlock changed(String before, String after) {
		List<Integer> a = before.codePoints().boxed().toList();
		List<Integer> b = after.codePoints().boxed().toList();
		if (a.size() > MAX_CHARACTERS || b.size() > MAX_CHARACTERS) {
			Element block = new Element("span");
			block.appendElement("del").text(before);
			block.appendElement("ins").text(after);
			return new BodyBlock(Change.CHANGED, block.html());
		}
		Element block = new Element("span");
		Op current = null;
		StringBuilder run = new StringBuilder();
		for (Step<Integer> step : Lcs.diff(a, b)) {
			if (step.op() != current && !run.isEmpty()) {
				append(block, current, run.toString());
				run.setLength(0);
			}
			current = step.op();
			run.appendCodePoint(step.value());
		}
		if (!run.isEmpty()) {
			append(block, current, run.toString());
		}
		return new BodyBlock(Change.CHANGED, block.html());
	}

	private static void append(Element block, @Nullable Op op, String text) {
		if (op == Op.DELETE) {
			block.appendElement("del").text(text);
		}
		else if (op == Op.INSERT) {
			block.appendElement("ins").text(text);
		}
		else {
			block.appendText(text);
		}
	}

	/** The body's blocks by their text; a picture counts by its address, so a changed picture shows. */
	static List<String> blocks(String html) {
		List<String> blocks = new ArrayList<>();
		collect(Jsoup.parseBodyFragment(html).body(), blocks);
		return blocks;
	}

	private static void collect(Element parent, List<String> blocks) {
		for (Node node : parent.childNodes()) {
			if (node instanceof TextNode loose && !loose.isBlank()) {
				blocks.add(loose.text().strip());
			}
			if (!(node instanceof Element child)) {
				continue;
			}
			if (CONTAINERS.contains(child.normalName())) {
				collect(child, blocks);
				continue;
			}
			StringBuilder text = new StringBuilder(child.normalName().equals("tr")
					? String.join(" | ", child.children().eachText()) : child.text());
			for (Element picture : child.select("img")) {
				text.append(" [").append(picture.attr("alt").isBlank() ? picture.attr("src") : picture.attr("alt")).append(']');
			}
			String block = text.toString().strip();
			if (!block.isEmpty()) {
				blocks.add(block);
			}
		}
	}
}
