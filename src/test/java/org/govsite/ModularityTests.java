package org.govsite;

import org.govsite.fixtures.wrongarrow.WrongArrowApplication;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ImportOption;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The module structure: modules talk only through each other's API, named interfaces and events,
 * and each depends on nothing but what its {@code package-info.java} allows (DESIGN.md's table).
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(GovSiteApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	/** The check above can fail: an arrow a module does not allow is reported by name. */
	@Test
	void aDependencyThatIsNotAllowedFailsTheBuild() {
		ApplicationModules wrong = ApplicationModules.of(WrongArrowApplication.class, new ImportOption.OnlyIncludeTests());

		assertThatExceptionOfType(Violations.class).isThrownBy(wrong::verify)
			.withMessageContaining("Module 'alpha' depends on module 'beta'")
			.withMessageContaining("Allowed targets: none");
	}
}
