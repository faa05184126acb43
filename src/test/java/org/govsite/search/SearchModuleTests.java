package org.govsite.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.govsite.disclosure.DisclosureRequests;
import org.govsite.interaction.KnowledgeBase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The search module boots with its dependencies and theirs (it follows content's and publishing's
 * events, and the 知识库's of interaction), and nothing that is built on top of it: the index port answers.
 * <p>
 * Its context is closed after the test, as the other modules' own contexts are: it runs its jobs
 * with the real clock and must not stay cached beside the shared one whose tests set the time.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = { "audit", "notification" })
@DirtiesContext
class SearchModuleTests {

	@Autowired
	SearchIndex index;

	@Autowired
	ApplicationContext context;

	@Test
	void bootsWithItsDependenciesOnly() {
		assertThat(index.status()).isNotNull();
		assertThat(context.getBeanNamesForType(KnowledgeBase.class)).as("interaction is booted: search indexes the 知识库").hasSize(1);
		assertThat(context.getBeanNamesForType(DisclosureRequests.class)).as("disclosure is not booted").isEmpty();
	}
}
