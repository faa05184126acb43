package org.govsite.search.internal;

import java.time.ZoneId;

import org.apache.lucene.analysis.Analyzer;
import org.govsite.search.SearchEntry;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link SearchEntry} as the OpenSearch document that holds it: the fields of
 * {@link IndexDocuments}, the text ones analyzed here by {@link ChineseAnalyzers} and sent as
 * their terms joined by spaces, and what a hit shows under {@code show}, kept but not indexed.
 */
final class OpenSearchDocuments {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private static final String[] TEXT_FIELDS = { IndexFields.TITLE, IndexFields.BODY, IndexFields.ATTACHMENTS,
			IndexFields.EXTRA, IndexFields.TITLE_WORDS, IndexFields.TEXT_WORDS };

	private static final String[] KEYWORD_FIELDS = { IndexFields.ID, IndexFields.SOURCE, IndexFields.KIND, IndexFields.SITE,
			IndexFields.CHANNEL, IndexFields.YEAR, IndexFields.TITLE_EXACT, IndexFields.DOCUMENT_NUMBER,
			IndexFields.INDEX_NUMBER };

	private final Analyzer pairs;

	private final Analyzer words;

	private final ZoneId zone;

	OpenSearchDocuments(Analyzer pairs, Analyzer words, ZoneId zone) {
		this.pairs = pairs;
		this.words = words;
		this.zone = zone;
	}

	/**
	 * The index: one shard, so that term statistics are those of the whole index as in Lucene, and
	 * BM25, OpenSearch's default similarity as Lucene's.
	 */
	static ObjectNode index() {
		ObjectNode index = JSON.objectNode();
		index.putObject("settings").putObject("index").put("number_of_shards", 1).put("number_of_replicas", 0);
		ObjectNode mappings = index.putObject("mappings");
		mappings.put("dynamic", "strict");
		ObjectNode properties = mappings.putObject("properties");
		for (String field : TEXT_FIELDS) {
			properties.putObject(field).put("type", "text").put("analyzer", "whitespace");
		}
		for (String field : KEYWORD_FIELDS) {
			properties.putObject(field).put("type", "keyword");
		}
		properties.putObject(IndexFields.DATE).put("type", "date").put("format", "epoch_millis");
		properties.putObject(IndexFields.GENERATION).put("type", "long");
		properties.putObject(IndexFields.WEIGHT).put("type", "double");
		properties.putObject("show").put("type", "object").put("enabled", false);
		return index;
	}

	ObjectNode of(SearchEntry entry, long generation) {
		ObjectNode doc = JSON.objectNode();
		ObjectNode show = JSON.objectNode();
		doc.put(IndexFields.ID, entry.id());
		doc.put(IndexFields.SOURCE, entry.source());
		doc.put(IndexFields.KIND, entry.kind());
		doc.put(IndexFields.SITE, Long.toString(entry.siteId()));
		ArrayNode channels = doc.putArray(IndexFields.CHANNEL);
		ArrayNode shownChannels = show.putArray(IndexFields.CHANNELS_STORED);
		for (SearchEntry.Channel channel : entry.channels()) {
			channels.add(Long.toString(channel.id()));
			shownChannels.addObject().put("id", channel.id()).put("name", channel.name());
		}
		doc.put(IndexFields.YEAR, Integer.toString(entry.date().atZone(zone).getYear()));
		doc.put(IndexFields.DATE, entry.date().toEpochMilli());
		doc.put(IndexFields.GENERATION, generation);
		SearchEntry.Disclosure disclosure = entry.disclosure();
		doc.put(IndexFields.WEIGHT, disclosure == null || disclosure.valid() ? 1.0 : 0.35);

		String title = SearchText.normalize(entry.title());
		doc.put(IndexFields.TITLE, pairs(title));
		show.put("title_text", entry.title());
		show.put(IndexFields.TITLE, title);
		doc.put(IndexFields.TITLE_EXACT, SearchText.compact(entry.title()));
		doc.put(IndexFields.TITLE_WORDS, words(title));
		String body = SearchText.normalize(entry.body());
		doc.put(IndexFields.BODY, pairs(body));
		show.put(IndexFields.BODY, body);
		String attachments = entry.attachmentText() == null ? "" : SearchText.normalize(entry.attachmentText());
		if (!attachments.isEmpty()) {
			doc.put(IndexFields.ATTACHMENTS, pairs(attachments));
			show.put(IndexFields.ATTACHMENTS, attachments);
		}
		if (entry.summary() != null) {
			show.put(IndexFields.SUMMARY, entry.summary());
		}
		if (disclosure != null) {
			if (disclosure.documentNumber() != null) {
				doc.put(IndexFields.DOCUMENT_NUMBER, SearchText.compact(disclosure.documentNumber()));
				show.put(IndexFields.DOCUMENT_NUMBER_STORED, disclosure.documentNumber());
			}
			if (disclosure.indexNumber() != null) {
				doc.put(IndexFields.INDEX_NUMBER, SearchText.compact(disclosure.indexNumber()));
			}
			if (disclosure.validity() != null) {
				show.put(IndexFields.VALIDITY, disclosure.validity());
			}
		}
		String extraText = IndexDocuments.extraText(entry);
		doc.put(IndexFields.EXTRA, pairs(extraText));
		doc.put(IndexFields.TEXT_WORDS, words(body + "\n" + attachments + "\n" + extraText));
		show.put(IndexFields.URL, entry.url());
		if (entry.traditionalUrl() != null) {
			show.put(IndexFields.TRADITIONAL_URL, entry.traditionalUrl());
		}
		doc.set("show", show);
		return doc;
	}

	private String pairs(String text) {
		return String.join(" ", ChineseAnalyzers.terms(pairs, IndexFields.BODY, text));
	}

	private String words(String text) {
		return String.join(" ", ChineseAnalyzers.terms(words, IndexFields.TEXT_WORDS, text));
	}
}
