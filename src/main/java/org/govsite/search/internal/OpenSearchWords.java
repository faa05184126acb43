package org.govsite.search.internal;

import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An OpenSearch index's words, asked of the node: the title words by an aggregation (their field
 * keeps fielddata for it: titles are short), pair frequencies from the term statistics of a
 * document that is not stored, similar pairs from the term suggester. The index has one shard,
 * so the statistics are the whole index's, as in Lucene.
 */
final class OpenSearchWords implements IndexWords {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Title words per aggregation page. */
	private static final int PAGE = 10_000;

	/** Similar pairs considered: as many as a character has in ordinary titles. */
	private static final int SIMILAR = 500;

	/** A request to the index: the method, the path after the index's, the body; gives the node's answer. */
	interface Requests {

		JsonNode send(String method, String path, ObjectNode body);
	}

	private final Requests index;

	OpenSearchWords(Requests index) {
		this.index = index;
	}

	@Override
	public Map<String, Long> titleWords() {
		// indexes made before the suggestion came lack fielddata on the field; adding it is allowed and idempotent
		ObjectNode mapping = JSON.createObjectNode();
		mapping.putObject("properties").putObject(IndexFields.TITLE_WORDS).put("type", "text").put("analyzer", "whitespace")
			.put("fielddata", true);
		index.send("PUT", "/_mapping", mapping);
		Map<String, Long> words = new HashMap<>();
		JsonNode after = null;
		do {
			ObjectNode body = JSON.createObjectNode().put("size", 0);
			ObjectNode composite = body.putObject("aggs").putObject("words").putObject("composite").put("size", PAGE);
			composite.putArray("sources").addObject().putObject("word").putObject("terms").put("field", IndexFields.TITLE_WORDS);
			if (after != null) {
				composite.set("after", after);
			}
			JsonNode found = index.send("POST", "/_search", body).path("aggregations").path("words");
			for (JsonNode bucket : found.path("buckets")) {
				words.put(bucket.path("key").path("word").asString(), bucket.path("doc_count").asLong());
			}
			after = found.path("buckets").isEmpty() ? null : found.get("after_key");
		}
		while (after != null);
		return words;
	}

	@Override
	public Map<String, Long> pairFrequencies(Iterable<String> pairs) {
		String text = String.join(" ", pairs);
		ObjectNode body = JSON.createObjectNode();
		body.putObject("doc").put(IndexFields.TITLE, text).put(IndexFields.BODY, text);
		body.putArray("fields").add(IndexFields.TITLE).add(IndexFields.BODY);
		body.put("term_statistics", true).put("field_statistics", false).put("positions", false).put("offsets", false);
		JsonNode vectors = index.send("POST", "/_termvectors", body).path("term_vectors");
		Map<String, Long> counts = new HashMap<>();
		for (String pair : pairs) {
			counts.put(pair, vectors.path(IndexFields.TITLE).path("terms").path(pair).path("doc_freq").asLong(0)
					+ vectors.path(IndexFields.BODY).path("terms").path(pair).path("doc_freq").asLong(0));
		}
		return counts;
	}

	@Override
	public Map<String, Long> titlePairsLike(String pair) {
		ObjectNode body = JSON.createObjectNode().put("size", 0);
		ObjectNode term = body.putObject("suggest").putObject("similar").put("text", pair).putObject("term");
		term.put("field", IndexFields.TITLE).put("suggest_mode", "always").put("sort", "frequency").put("size", SIMILAR)
			.put("max_inspections", 10).put("max_edits", 1).put("prefix_length", 1).put("min_word_length", 2)
			.put("accuracy", 0.1);
		Map<String, Long> similar = new HashMap<>();
		for (JsonNode token : index.send("POST", "/_search", body).path("suggest").path("similar")) {
			for (JsonNode option : token.path("options")) {
				similar.put(option.path("text").asString(), option.path("freq").asLong());
			}
		}
		return similar;
	}
}
