package org.govsite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes the modules' documentation: the diagram of all modules, each module's component diagram
 * and its canvas (API, named interfaces, events published and listened to, configuration). A build
 * writes it under {@code target/}; the committed copy in {@code docs/modules/} (linked from the
 * README) is rewritten on request, since Spring Modulith lists some relations in no fixed order and
 * every build would otherwise touch it: {@code ./mvnw -o test -Dtest=ModuleDocumentationTests
 * -Dgovsite.module-docs=docs/modules} after changing a module, then commit what changed.
 */
class ModuleDocumentationTests {

	private static final Path FOLDER = Path.of(System.getProperty("govsite.module-docs", "target/spring-modulith-docs"));

	@Test
	void writesEveryModulesDiagramAndCanvas() throws IOException {
		ApplicationModules modules = ApplicationModules.of(GovSiteApplication.class);

		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(FOLDER.toString())).writeDocumentation();

		assertThat(FOLDER.resolve("components.puml")).exists();
		modules.forEach(module -> {
			assertThat(FOLDER.resolve("module-" + module.getIdentifier() + ".puml")).exists();
			assertThat(FOLDER.resolve("module-" + module.getIdentifier() + ".adoc")).exists();
		});
		assertThat(Files.readString(FOLDER.resolve("module-content.adoc"))).contains("DocumentArchived", "DocumentPublished");
	}
}
