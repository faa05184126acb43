package org.govsite.platform;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Command injection closed by construction: the platform's code never hands a command line to a
 * shell through {@code Runtime.exec}; a process, where one is needed, gets a fixed list of
 * arguments ({@code ProcessBuilder(List)}).
 */
class NoShellCommandsTests {

	private final JavaClasses platform = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.govsite");

	@Test
	void noCodeCallsRuntimeExec() {
		noClasses().should().callMethodWhere(DescribedPredicate.describe("Runtime.exec",
				call -> call.getTarget().getOwner().isEquivalentTo(Runtime.class) && call.getTarget().getName().equals("exec")))
			.because("a command line built from strings can be made to run anything")
			.check(platform);
	}
}
