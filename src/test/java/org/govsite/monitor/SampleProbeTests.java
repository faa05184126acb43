package org.govsite.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import com.sun.net.httpserver.HttpServer;
import org.govsite.assessment.SelfAssessment;
import org.govsite.identity.StaffRole;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.site.SiteDirectory;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each probe round requests a few published pages besides the home page (a server on 127.0.0.1
 * whose home page opens and whose other pages answer 503): their failures are recorded with the
 * answer, stay out of the week's veto figure, become a problem with the answer kept as evidence
 * (shown on the task, one click from the deduction), and close when the page opens again.
 */
@IntegrationTest
class SampleProbeTests {

	@Autowired
	PublishFixtures publish;

	@Autowired
	AvailabilityWatch availability;

	@Autowired
	Inspection inspection;

	@Autowired
	Rectification rectification;

	@Autowired
	SelfAssessment assessment;

	@Autowired
	SiteDirectory sites;

	@Autowired
	MockMvc mvc;

	@Test
	void sampledPagesThatFailAreProblemsWithTheirAnswerButNotPartOfTheVeto() throws Exception {
		TestSite site = publish.onlineSite();
		publish.publishQueued();
		String home = "/sites/" + site.code() + "/";
		AtomicBoolean pagesDown = new AtomicBoolean(true);
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", exchange -> {
			boolean failing = pagesDown.get() && !exchange.getRequestURI().getPath().equals(home);
			byte[] body = (failing ? "<html><body>服务暂停，请稍后再试</body></html>" : "<html>ok</html>")
				.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("X-Firewall", "test-waf");
			exchange.sendResponseHeaders(failing ? 503 : 200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.start();
		try {
			URI address = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + home);
			var summary = sites.find(site.id()).orElseThrow();

			assertThat(availability.probe(summary, address).ok()).isTrue();

			List<ProbeRecord> sampled = availability.recentSamples(site.id(), 10);
			assertThat(sampled).isNotEmpty().allSatisfy(probe -> {
				assertThat(probe.ok()).isFalse();
				assertThat(probe.page()).endsWith(".html").isNotEqualTo("index.html");
				assertThat(probe.address()).isEqualTo(address.resolve(probe.page()).toString());
				assertThat(probe.cause()).contains("503");
				assertThat(probe.response()).isNotNull();
				assertThat(probe.response().headers()).contains("test-waf");
			});
			assertThat(availability.week(site.id())).as("only the home page counts for the veto").isEqualTo(new Availability(1, 0));

			inspection.inspect(site.id(), "monitor.pages");
			List<RectificationTask> tasks = rectification.openOf(site.id()).stream()
				.filter(task -> task.kind() == ProblemKind.PAGE_UNREACHABLE)
				.toList();
			assertThat(tasks).extracting(RectificationTask::subject)
				.containsExactlyInAnyOrderElementsOf(sampled.stream().map(ProbeRecord::page).distinct().toList());
			assertThat(assessment.score(site.id()).deductions()).anySatisfy(deduction -> {
				assertThat(deduction.pointCode()).isEqualTo("unreachable-pages");
				assertThat(deduction.evidence()).containsExactlyInAnyOrderElementsOf(tasks.stream().map(RectificationTask::id).toList());
			});
			var asAdmin = user("test-admin").authorities(() -> "STAFF", () -> StaffRole.SYSTEM_ADMIN.authority());
			mvc.perform(get("/admin/assessment/sites/{id}", site.id()).with(asAdmin))
				.andExpect(content().string(containsString("/admin/monitor/tasks/" + tasks.getFirst().id())));
			mvc.perform(get("/admin/monitor/tasks/{id}", tasks.getFirst().id()).with(asAdmin))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("页面的响应")))
				.andExpect(content().string(containsString("503")))
				.andExpect(content().string(containsString("test-waf")))
				.andExpect(content().string(containsString("服务暂停，请稍后再试")));

			mvc.perform(get("/admin/monitor/availability/{siteId}", site.id()).with(asAdmin))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("抽样页面的探测")))
				.andExpect(content().string(containsString("id=\"home-probes\"")))
				.andExpect(content().string(containsString(address.toString())))
				.andExpect(content().string(containsString(sampled.getFirst().page())));

			pagesDown.set(false);
			inspection.inspect(site.id(), "monitor.pages");
			assertThat(tasks).allSatisfy(task -> assertThat(inspection.task(task.id()).orElseThrow().state())
				.as("the page opens again").isEqualTo(TaskState.CLOSED));
		}
		finally {
			server.stop(0);
		}
	}
}
