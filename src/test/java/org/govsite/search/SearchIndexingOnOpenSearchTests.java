package org.govsite.search;

import java.io.IOException;

import org.govsite.search.internal.OpenSearchNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link SearchIndexingTests} with {@code govsite.search.engine=opensearch}: the application
 * indexes, withdraws, archives and rebuilds on an OpenSearch node. A context of its own (the
 * engine is chosen at start), closed after the class (its close, after the node stopped, logs a warning).
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SearchIndexingOnOpenSearchTests extends SearchIndexingTests {

	static OpenSearchNode node;

	@BeforeAll
	static void start() throws IOException, InterruptedException {
		node = OpenSearchNode.startOrSkip();
	}

	@DynamicPropertySource
	static void onOpenSearch(DynamicPropertyRegistry registry) {
		registry.add("govsite.search.engine", () -> "opensearch");
		registry.add("govsite.search.opensearch.url", () -> node.url().toString());
	}

	@AfterAll
	static void stop() {
		if (node != null) {
			node.close();
		}
	}
}
