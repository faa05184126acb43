package org.govsite.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.govsite.search.SearchEntry;
import org.govsite.search.SearchHit;
import org.govsite.search.SearchQuery;
import org.govsite.search.SearchResults;
import org.govsite.search.SearchResults.FacetCount;
import org.govsite.search.SearchSort;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Search on an OpenSearch node over its REST API (the JDK's HTTP client; the few calls did not
 * need a client library). Text is analyzed here, by the same {@link ChineseAnalyzers} as the
 * embedded engine, and queries are {@link QueryPlanner}'s, translated by {@link OpenSearchQueries};
 * ranking is {@link Ranking}'s in the DSL: the query's score times the weight, plus freshness.
 * 您是不是要找 is {@link Suggester}'s over the node's {@link OpenSearchWords}; answers are kept by the
 * node's request cache, which every application node shares and each refresh renews (see
 * docs/search.md). Not yet: the bounded match sample.
 * <p>
 * Writes are retried with a growing pause when the node is briefly unable to take them (refused
 * or dropped connection, 429 Too Many Requests, 502–504, or a bulk whose only failures are 429s): each write
 * puts documents under their ids, so repeating one is harmless. Searches are not retried: a
 * visitor is waiting, and the caller falls back. A rebuild writes new generations into the same
 * index and deletes the older ones ({@link #deleteOlderThan}), so no old indices are left behind.
 */
public final class OpenSearchEngine implements SearchEngine {

	private static final int FACET_VALUES = 20;

	/** Entries sent per bulk request while loading. */
	private static final int BULK = 500;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** About six seconds in all: long enough for a node's restart or a full write queue to pass. */
	private static final List<Duration> BACKOFF = List.of(Duration.ofMillis(200), Duration.ofMillis(400),
			Duration.ofMillis(800), Duration.ofMillis(1600), Duration.ofMillis(3200));

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final URI url;

	private final String index;

	private final ZoneId zone;

	private final Analyzer pairs = ChineseAnalyzers.bigrams();

	private final Analyzer words = ChineseAnalyzers.words();

	private final OpenSearchDocuments documents;

	private final List<ObjectNode> pending = new ArrayList<>();

	private final boolean fresh;

	/** Pauses before each repeat of a write the node could not take. */
	private final List<Duration> backoff;
	private final Suggester suggester;

	private volatile AnalysisMode mode = AnalysisMode.COMBINED;

	private volatile @Nullable Instant lastChange;

	private OpenSearchEngine(URI url, String index, ZoneId zone, List<Duration> backoff) {
		this.url = url;
		this.backoff = List.copyOf(backoff);
		this.index = index;
		this.zone = zone;
		this.documents = new OpenSearchDocuments(pairs, words, zone);
		this.fresh = send("HEAD", "/" + index, null, true).status() == 404;
		if (fresh) {
			send("PUT", "/" + index, OpenSearchDocuments.index(), false);
		}
		this.suggester = new Suggester(
				new OpenSearchWords((method, path, body) -> send(method, "/" + index + path, body, false).body()));
	}

	/** Opens the index on the node, creating it (see {@link #fresh()}) if missing. */
	public static OpenSearchEngine open(URI url, String index, ZoneId zone) {
		return open(url, index, zone, BACKOFF);
	}

	static OpenSearchEngine open(URI url, String index, ZoneId zone, List<Duration> backoff) {
		return new OpenSearchEngine(url, index, zone, backoff);
	}

	/** Whether the index was missing and has been created empty: the caller then fills it. */
	@Override
	public boolean fresh() {
		return fresh;
	}

	@Override
	public void mode(AnalysisMode analysis) {
		this.mode = analysis;
	}

	// --- writing ----------------------------------------------------------------------------------

	@Override
	public void put(SearchEntry entry, long generation, boolean commit) {
		ObjectNode doc = documents.of(entry, generation);
		lastChange = Instant.now();
		if (commit) {
			flush();
			write("PUT", "/" + index + "/_doc/" + encode(entry.id()) + "?refresh=true", doc, false);
			return;
		}
		synchronized (pending) {
			pending.add(doc);
			if (pending.size() >= BULK) {
				flush();
			}
		}
	}

	@Override
	public void delete(String id) {
		flush();
		write("DELETE", "/" + index + "/_doc/" + encode(id) + "?refresh=true", null, true);
		lastChange = Instant.now();
	}

	@Override
	public void deleteSource(String source) {
		flush();
		ObjectNode body = JSON.createObjectNode();
		body.putObject("query").putObject("term").put(IndexFields.SOURCE, source);
		write("POST", "/" + index + "/_delete_by_query?refresh=true&conflicts=proceed", body, false);
		lastChange = Instant.now();
	}

	@Override
	public void deleteOlderThan(long generation, Set<String> kinds) {
		flush();
		ObjectNode body = JSON.createObjectNode();
		ObjectNode bool = body.putObject("query").putObject("bool");
		ArrayNode filter = bool.putArray("filter");
		filter.addObject().putObject("range").putObject(IndexFields.GENERATION).put("lt", generation);
		ArrayNode kindValues = filter.addObject().putObject("terms").putArray(IndexFields.KIND);
		kinds.forEach(kindValues::add);
		write("POST", "/" + index + "/_delete_by_query?refresh=true&conflicts=proceed", body, false);
		lastChange = Instant.now();
	}

	@Override
	public @Nullable Instant lastChange() {
		return lastChange;
	}

	@Override
	public void commit() {
		flush();
		write("POST", "/" + index + "/_refresh", null, false);
	}

	private void flush() {
		StringBuilder bulk = new StringBuilder();
		synchronized (pending) {
			for (ObjectNode doc : pending) {
				ObjectNode action = JSON.createObjectNode();
				action.putObject("index").put("_id", doc.get(IndexFields.ID).asString());
				bulk.append(JSON.writeValueAsString(action)).append('\n').append(JSON.writeValueAsString(doc)).append('\n');
			}
			pending.clear();
		}
		if (bulk.isEmpty()) {
			return;
		}
		for (int attempt = 0;; attempt++) {
			JsonNode answer = exchange("POST", "/" + index + "/_bulk", bulk.toString(), "application/x-ndjson", false, true).body();
			if (!answer.path("errors").asBoolean()) {
				return;
			}
			if (!onlyTooManyRequests(answer) || attempt >= backoff.size()) {
				throw new IllegalStateException("OpenSearch refused part of a bulk load: " + abbreviate(answer.path("items").toString()));
			}
			pause(attempt);
		}
	}

	/** Whether every item the bulk failed was refused for a full write queue (429), to be sent again. */
	private static boolean onlyTooManyRequests(JsonNode answer) {
		for (JsonNode item : answer.path("items")) {
			int status = item.path("index").path("status").asInt(200);
			if (status >= 300 && status != 429) {
				return false;
			}
		}
		return true;
	}

	// --- reading ----------------------------------------------------------------------------------

	@Override
	public Suggester suggester() {
		return suggester;
	}

	@Override
	public SearchResults match(SearchQuery query, Vocabulary vocabulary) {
		QueryPlanner.Plan plan = new QueryPlanner(pairs, words, mode).plan(query.text(), vocabulary);
		ObjectNode matching = JSON.createObjectNode();
		ObjectNode bool = matching.putObject("bool");
		bool.putArray("must").add(OpenSearchQueries.of(plan.query()));
		bool.set("filter", filters(query));
		ObjectNode body = JSON.createObjectNode();
		int window = Math.max(1, Math.min(SearchQuery.MAX_WINDOW, query.page() * query.size()));
		int from = Math.min(window, (query.page() - 1) * query.size());
		body.put("from", from).put("size", window - from).put("track_total_hits", true);
		if (query.sort() == SearchSort.DATE || query.text().isBlank()) {
			body.set("query", matching);
			body.putArray("sort").addObject().putObject(IndexFields.DATE).put("order", "desc");
		}
		else {
			body.set("query", ranked(matching));
		}
		ObjectNode aggregations = body.putObject("aggs");
		for (String field : new String[] { IndexFields.SITE, IndexFields.CHANNEL, IndexFields.KIND, IndexFields.YEAR }) {
			aggregations.putObject(field).putObject("terms").put("field", field).put("size", FACET_VALUES);
		}
		// kept by the node until the next refresh; the request cache takes pages (size > 0) only when asked
		JsonNode answer = send("POST", "/" + index + "/_search?request_cache=true", body, false).body();
		List<String> marked = markedTerms(plan.highlight());
		List<SearchHit> hits = new ArrayList<>();
		for (JsonNode hit : answer.path("hits").path("hits")) {
			hits.add(hit(hit, marked));
		}
		JsonNode found = answer.path("aggregations");
		SearchResults.Facets facets = new SearchResults.Facets(facet(found, IndexFields.SITE), facet(found, IndexFields.CHANNEL),
				facet(found, IndexFields.KIND), facet(found, IndexFields.YEAR));
		return new SearchResults(answer.path("hits").path("total").path("value").asLong(), true, hits, facets, null);
	}

	/**
	 * As {@link Ranking}: (query × weight) + freshness, the freshness up to 1 point and half of it
	 * at two years; OpenSearch's distance_feature scores as Lucene's distance feature query.
	 */
	private static ObjectNode ranked(ObjectNode matching) {
		ObjectNode ranked = JSON.createObjectNode();
		ObjectNode bool = ranked.putObject("bool");
		ObjectNode weighted = bool.putArray("must").addObject().putObject("function_score");
		weighted.set("query", matching);
		weighted.putArray("functions").addObject().putObject("field_value_factor").put("field", IndexFields.WEIGHT)
			.put("missing", 1);
		weighted.put("boost_mode", "multiply");
		bool.putArray("should").addObject().putObject("distance_feature").put("field", IndexFields.DATE)
			// the minute, not "now": a request that reads the clock is never kept by the request cache
			.put("origin", System.currentTimeMillis() / 60_000 * 60_000)
			.put("pivot", "730d")
			.put("boost", 1.0);
		return ranked;
	}

	private ArrayNode filters(SearchQuery query) {
		ArrayNode filters = JSON.createArrayNode();
		if (!query.siteIds().isEmpty()) {
			ArrayNode values = filters.addObject().putObject("terms").putArray(IndexFields.SITE);
			query.siteIds().forEach(id -> values.add(Long.toString(id)));
		}
		if (!query.channelIds().isEmpty()) {
			ArrayNode values = filters.addObject().putObject("terms").putArray(IndexFields.CHANNEL);
			query.channelIds().forEach(id -> values.add(Long.toString(id)));
		}
		if (!query.kinds().isEmpty()) {
			ArrayNode values = filters.addObject().putObject("terms").putArray(IndexFields.KIND);
			query.kinds().forEach(values::add);
		}
		if (query.from() != null || query.to() != null) {
			ObjectNode range = filters.addObject().putObject("range").putObject(IndexFields.DATE);
			if (query.from() != null) {
				range.put("gte", query.from().atStartOfDay(zone).toInstant().toEpochMilli());
			}
			if (query.to() != null) {
				range.put("lt", query.to().plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli());
			}
		}
		return filters;
	}

	private SearchHit hit(JsonNode hit, List<String> marked) {
		JsonNode source = hit.path("_source");
		JsonNode show = source.path("show");
		String plainTitle = show.path("title_text").asString();
		List<SearchEntry.Channel> channels = new ArrayList<>();
		for (JsonNode channel : show.path(IndexFields.CHANNELS_STORED)) {
			channels.add(new SearchEntry.Channel(channel.path("id").asLong(), channel.path("name").asString()));
		}
		// marked only when the normalized title reads the same as the title, as the embedded engine does
		String title = plainTitle.equals(show.path(IndexFields.TITLE).asString()) ? OpenSearchMarks.mark(plainTitle, marked)
				: HtmlUtils.htmlEscape(plainTitle);
		String snippet = OpenSearchMarks.passage(show.path(IndexFields.BODY).asString(), marked);
		if (snippet == null && show.has(IndexFields.ATTACHMENTS)) {
			snippet = OpenSearchMarks.passage(show.path(IndexFields.ATTACHMENTS).asString(), marked);
		}
		if (snippet == null) {
			String lead = show.has(IndexFields.SUMMARY) ? show.path(IndexFields.SUMMARY).asString()
					: show.path(IndexFields.BODY).asString();
			snippet = HtmlUtils.htmlEscape(lead.length() > 120 ? lead.substring(0, 120) + "…" : lead);
		}
		return new SearchHit(source.path(IndexFields.ID).asString(), source.path(IndexFields.KIND).asString(),
				Long.parseLong(source.path(IndexFields.SITE).asString()), channels, title, plainTitle, snippet,
				Instant.ofEpochMilli(source.path(IndexFields.DATE).asLong()).atZone(zone).toLocalDate(),
				show.path(IndexFields.URL).asString(), text(show, IndexFields.TRADITIONAL_URL),
				text(show, IndexFields.DOCUMENT_NUMBER_STORED), text(show, IndexFields.VALIDITY),
				(float) hit.path("_score").asDouble(0));
	}

	private static String text(JsonNode node, String field) {
		return node.hasNonNull(field) ? node.get(field).asString() : null;
	}

	/** The terms the highlighter would mark: those of the plan's highlight query. */
	private static List<String> markedTerms(Query highlight) {
		Set<String> terms = new LinkedHashSet<>();
		if (highlight instanceof BooleanQuery bool) {
			for (BooleanClause clause : bool.clauses()) {
				if (clause.query() instanceof TermQuery term) {
					terms.add(term.getTerm().text());
				}
			}
		}
		else if (!(highlight instanceof MatchAllDocsQuery) && highlight instanceof TermQuery term) {
			terms.add(term.getTerm().text());
		}
		return List.copyOf(terms);
	}

	private static List<FacetCount> facet(JsonNode aggregations, String field) {
		List<FacetCount> values = new ArrayList<>();
		for (JsonNode bucket : aggregations.path(field).path("buckets")) {
			values.add(new FacetCount(bucket.path("key").asString(), bucket.path("doc_count").asLong()));
		}
		return values;
	}

	@Override
	public long size() {
		flush();
		return send("GET", "/" + index + "/_count", null, false).body().path("count").asLong();
	}

	@Override
	public Map<Long, Long> countsBySite() {
		ObjectNode body = JSON.createObjectNode();
		body.put("size", 0);
		body.putObject("aggs").putObject(IndexFields.SITE).putObject("terms").put("field", IndexFields.SITE).put("size", 10_000);
		Map<Long, Long> counts = new HashMap<>();
		for (FacetCount count : facet(send("POST", "/" + index + "/_search", body, false).body().path("aggregations"),
				IndexFields.SITE)) {
			counts.put(Long.parseLong(count.value()), count.count());
		}
		return counts;
	}

	@Override
	public void close() {
		flush();
		http.close();
	}

	// --- HTTP -------------------------------------------------------------------------------------

	private record Answer(int status, JsonNode body) {
	}

	private Answer send(String method, String path, JsonNode body, boolean notFoundIsAnswer) {
		return exchange(method, path, body == null ? null : JSON.writeValueAsString(body), "application/json",
				notFoundIsAnswer, false);
	}

	/** As {@link #send}, repeated while the node cannot take it for now. */
	private Answer write(String method, String path, JsonNode body, boolean notFoundIsAnswer) {
		return exchange(method, path, body == null ? null : JSON.writeValueAsString(body), "application/json",
				notFoundIsAnswer, true);
	}

	private Answer exchange(String method, String path, String body, String type, boolean notFoundIsAnswer, boolean retry) {
		for (int attempt = 0;; attempt++) {
			try {
				return exchange(method, path, body, type, notFoundIsAnswer);
			}
			catch (Unavailable e) {
				if (!retry || attempt >= backoff.size()) {
					throw e;
				}
				pause(attempt);
			}
		}
	}

	private void pause(int attempt) {
		try {
			Thread.sleep(backoff.get(attempt));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting to repeat a write to OpenSearch", e);
		}
	}

	/** The node could not take the call for now (not there, or busy): worth repeating a write. */
	static final class Unavailable extends IllegalStateException {

		Unavailable(String message, @Nullable Throwable cause) {
			super(message, cause);
		}
	}

	private Answer exchange(String method, String path, String body, String type, boolean notFoundIsAnswer) {
		HttpRequest.Builder request = HttpRequest.newBuilder(url.resolve(path)).timeout(Duration.ofSeconds(60));
		request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (body != null) {
			request.header("Content-Type", type);
		}
		HttpResponse<String> response;
		try {
			response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (java.net.http.HttpTimeoutException e) {
			if (e instanceof java.net.http.HttpConnectTimeoutException) {
				throw new Unavailable("OpenSearch at " + url + " took no connection for " + method + " " + path, e);
			}
			// a minute without an answer is no brief hiccup: waiting again would hold the writer for minutes
			throw new UncheckedIOException("OpenSearch at " + url + " did not answer " + method + " " + path, e);
		}
		catch (IOException e) {
			// refused or dropped connections: the node restarting, or a pooled connection it closed
			throw new Unavailable("OpenSearch at " + url + " did not answer " + method + " " + path + ": " + e, e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for OpenSearch", e);
		}
		int status = response.statusCode();
		if (status == 429 || status == 502 || status == 503 || status == 504) {
			throw new Unavailable("OpenSearch answered " + status + " to " + method + " " + path + ": "
					+ abbreviate(response.body()), null);
		}
		if (status >= 300 && !(status == 404 && notFoundIsAnswer)) {
			throw new IllegalStateException("OpenSearch answered " + status + " to " + method + " " + path + ": "
					+ abbreviate(response.body()));
		}
		String text = response.body();
		return new Answer(status, text == null || text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text));
	}

	private static String abbreviate(String text) {
		return text == null ? "" : text.length() > 500 ? text.substring(0, 500) + "…" : text;
	}

	private static String encode(String id) {
		return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
	}
}
