package org.govsite.search.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The platform started before its OpenSearch node: it starts, search answers 503 in Chinese, and
 * once the node is up (the proxy listens again) the platform reaches it, rebuilds the index and
 * search answers. A context of its own: the engine is chosen at start.
 */
@IntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SearchBeforeTheNodeIsUpTests {

	static OpenSearchNode node;

	static FlakyProxy proxy;

	@Autowired
	MockMvc mvc;

	@Autowired
	EngineSearchIndex index;

	@BeforeAll
	static void start() throws IOException, InterruptedException {
		node = OpenSearchNode.startOrSkip();
		proxy = new FlakyProxy(node.url());
		proxy.down();
	}

	@DynamicPropertySource
	static void onANodeNotUpYet(DynamicPropertyRegistry registry) {
		registry.add("govsite.search.engine", () -> "opensearch");
		registry.add("govsite.search.opensearch.url", () -> proxy.url().toString());
	}

	@AfterAll
	static void stop() throws Exception {
		if (proxy != null) {
			proxy.close();
		}
		if (node != null) {
			node.close();
		}
	}

	@Test
	void searchAnswers503UntilTheNodeIsUpThenTheIndexIsRebuilt() throws Exception {
		mvc.perform(get("/api/public/search").param("q", "政府网站"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.detail").value("站内搜索正在连接搜索服务，请稍后再试。"));
		assertThat(index.status().ready()).isFalse();

		proxy.up();
		// the pauses grow to 30 s between tries; waiting, not timing: no figure is asserted
		Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
		while (!index.status().ready() && Instant.now().isBefore(giveUp)) {
			Thread.sleep(500);
		}
		assertThat(index.status().ready()).as("reached and rebuilt").isTrue();
		mvc.perform(get("/api/public/search").param("q", "政府网站"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"total\"")));
	}
}
