package org.govsite.search.internal;

import java.util.StringJoiner;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link QueryPlanner}'s Lucene query as OpenSearch's query DSL, clause for clause, so that both
 * engines score the same query (BM25 on the same terms: the text fields hold our analyzers'
 * terms joined by spaces, read back by the {@code whitespace} analyzer).
 */
final class OpenSearchQueries {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private OpenSearchQueries() {
	}

	static ObjectNode of(Query query) {
		return of(query, 1f);
	}

	private static ObjectNode of(Query query, float boost) {
		ObjectNode dsl = JSON.objectNode();
		switch (query) {
			case BoostQuery boosted -> {
				return of(boosted.getQuery(), boost * boosted.getBoost());
			}
			case MatchAllDocsQuery all -> dsl.putObject("match_all").put("boost", boost);
			case TermQuery term -> dsl.putObject("term").putObject(term.getTerm().field())
				.put("value", term.getTerm().text())
				.put("boost", boost);
			case PhraseQuery phrase -> {
				Term[] terms = phrase.getTerms();
				StringJoiner text = new StringJoiner(" ");
				for (Term term : terms) {
					text.add(term.text());
				}
				dsl.putObject("match_phrase").putObject(terms[0].field())
					.put("query", text.toString())
					.put("analyzer", "whitespace")
					.put("slop", phrase.getSlop())
					.put("boost", boost);
			}
			case DisjunctionMaxQuery max -> {
				ObjectNode body = dsl.putObject("dis_max");
				ArrayNode queries = body.putArray("queries");
				max.getDisjuncts().forEach(disjunct -> queries.add(of(disjunct)));
				body.put("tie_breaker", max.getTieBreakerMultiplier()).put("boost", boost);
			}
			case BooleanQuery bool when bool.clauses().isEmpty() -> dsl.putObject("match_none");
			case BooleanQuery bool -> {
				ObjectNode body = dsl.putObject("bool");
				for (BooleanClause clause : bool.clauses()) {
					String occur = switch (clause.occur()) {
						case MUST -> "must";
						case SHOULD -> "should";
						case FILTER -> "filter";
						case MUST_NOT -> "must_not";
					};
					(body.has(occur) ? (ArrayNode) body.get(occur) : body.putArray(occur)).add(of(clause.query()));
				}
				if (bool.getMinimumNumberShouldMatch() > 0) {
					body.put("minimum_should_match", bool.getMinimumNumberShouldMatch());
				}
				body.put("boost", boost);
			}
			default -> throw new IllegalArgumentException("no OpenSearch form for " + query.getClass().getSimpleName());
		}
		return dsl;
	}
}
