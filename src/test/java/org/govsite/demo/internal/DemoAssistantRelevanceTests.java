package org.govsite.demo.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.report.AnnualReports;
import org.govsite.report.VisitImport;
import org.govsite.search.Assistant;
import org.govsite.servicecatalog.ServiceCatalog;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;
import org.govsite.test.IntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 智能问答's relevance on the demo's service guides: questions as citizens ask them, each judged by
 * the guide that answers it (or none: outside the content). Measured: the judged guide as the first
 * answer, and "no answer" for questions outside the content; figures in docs/search.md.
 */
@IntegrationTest
class DemoAssistantRelevanceTests {

	/** Question → the guide that answers it; null: nothing of the site does. */
	private static final Map<String, @Nullable String> JUDGED = judged();

	@Autowired
	ServiceCatalog catalog;

	@Autowired
	VisitImport visits;

	@Autowired
	AnnualReports reports;

	@Autowired
	SiteDirectory sites;

	@Autowired
	PublishFixtures fixtures;

	@Autowired
	Assistant assistant;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void theJudgedGuideComesFirstAndQuestionsOutsideTheContentGetNone() throws InterruptedException {
		TestSite site = fixtures.onlineSite();
		SiteSummary portal = sites.find(site.id()).orElseThrow();
		new DemoServices(catalog, visits, reports, sites, clock).fill(portal);

		int answerable = 0;
		int firstRight = 0;
		int found = 0;
		int outside = 0;
		int saidNone = 0;
		StringBuilder misses = new StringBuilder();
		for (Map.Entry<String, @Nullable String> judged : JUDGED.entrySet()) {
			Assistant.Reply reply = assistant.ask(site.code(), judged.getKey());
			List<String> titles = reply.answers().stream().map(Assistant.Answer::title).toList();
			if (judged.getValue() == null) {
				outside++;
				saidNone += reply.answered() ? 0 : 1;
				if (reply.answered()) {
					misses.append(judged.getKey()).append(" → ").append(titles).append('\n');
				}
				continue;
			}
			answerable++;
			firstRight += !titles.isEmpty() && titles.getFirst().equals(judged.getValue()) ? 1 : 0;
			found += titles.contains(judged.getValue()) ? 1 : 0;
			if (titles.isEmpty() || !titles.getFirst().equals(judged.getValue())) {
				misses.append(judged.getKey()).append(" → ").append(titles).append('\n');
			}
		}
		System.out.printf("assistant relevance: first right %d/%d, found %d/%d, outside said none %d/%d%n%s", firstRight,
				answerable, found, answerable, saidNone, outside, misses);
		assertThat(firstRight).as(misses.toString()).isGreaterThanOrEqualTo(answerable * 8 / 10);
		assertThat(saidNone).as(misses.toString()).isEqualTo(outside);
	}

	private static Map<String, @Nullable String> judged() {
		Map<String, @Nullable String> judged = new java.util.LinkedHashMap<>();
		judged.put("婴儿出生后怎么办理出生登记？", "出生登记");
		judged.put("新生儿落户需要出生医学证明吗", "出生登记");
		judged.put("生育第二个孩子要做生育登记吗", "生育登记");
		judged.put("城乡居民养老保险怎么参保？", "城乡居民基本养老保险参保登记");
		judged.put("结婚登记要带户口簿吗", "结婚登记");
		judged.put("开公司怎么办理企业设立登记", "企业设立登记");
		judged.put("开饭店需要办食品经营许可吗？", "食品经营许可");
		judged.put("建设工程施工许可在哪里办理", "建设工程施工许可");
		judged.put("火星移民签证怎么申请？", null);
		judged.put("演唱会门票哪里买", null);
		judged.put("如何申请渔船捕捞许可证", null);
		return judged;
	}
}
