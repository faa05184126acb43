package org.govsite.search.internal;

import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The planner's Lucene queries in OpenSearch's DSL, and the passages marked for OpenSearch's hits. */
class OpenSearchQueriesTests {

	@Test
	void clausesBoostsAndMinimumMatchKeepTheirMeaning() {
		BooleanQuery.Builder terms = new BooleanQuery.Builder();
		terms.add(new DisjunctionMaxQuery(List.of(new BoostQuery(new TermQuery(new Term("title", "网站")), 3f),
				new TermQuery(new Term("body", "网站"))), 0.1f), Occur.SHOULD);
		terms.add(new TermQuery(new Term("body", "域名")), Occur.SHOULD);
		terms.setMinimumNumberShouldMatch(2);
		BooleanQuery.Builder top = new BooleanQuery.Builder();
		top.add(terms.build(), Occur.MUST);
		top.add(new BoostQuery(new BoostQuery(new PhraseQuery("title", "网站", "站域", "域名"), 2f), 2f), Occur.SHOULD);
		String dsl = OpenSearchQueries.of(top.build()).toString();
		assertThat(dsl).contains("\"minimum_should_match\":2")
			.contains("{\"dis_max\":{\"queries\":[")
			.contains("\"tie_breaker\":0.1")
			.contains("{\"term\":{\"title\":{\"value\":\"网站\",\"boost\":3.0}}}")
			.contains("{\"match_phrase\":{\"title\":{\"query\":\"网站 站域 域名\",\"analyzer\":\"whitespace\",\"slop\":0,\"boost\":4.0}}}");
	}

	@Test
	void aQueryWithoutClausesFindsNothingAsInLucene() {
		assertThat(OpenSearchQueries.of(new BooleanQuery.Builder().build()).toString()).isEqualTo("{\"match_none\":{}}");
	}

	@Test
	void passagesMarkTheQueryTermsAndEscapeTheRest() {
		assertThat(OpenSearchMarks.mark("<网站>管理办法", List.of("网站", "站管", "管理"))).isEqualTo("&lt;<mark>网站</mark>&gt;<mark>管理</mark>办法");
		String body = "第一条 " + "总则。".repeat(20) + "政府网站应当使用规范域名。" + "附则。".repeat(30);
		String passage = OpenSearchMarks.passage(body, List.of("域名"));
		assertThat(passage).startsWith("… ").endsWith("… ").contains("<mark>域名</mark>");
		assertThat(OpenSearchMarks.passage(body, List.of("市徽"))).isNull();
	}
}
