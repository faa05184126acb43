package org.govsite;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module's pages and endpoints ({@code <module>.web}) go through the module's API (its root
 * package) like any other caller, not through its {@code internal} package: Spring Modulith checks
 * the arrows between modules only, so this test checks the one inside each module.
 * <p>
 * It holds without exceptions: the reaches there were when the rule came (issue 11) are behind
 * small interfaces at the modules' roots now, e.g. {@code content.DocumentPermissions},
 * {@code search.PublicSearch}, {@code site.SiteGroupRules}.
 */
class WebUsesModuleApiTests {

	@Test
	void everyModulesWebPackageUsesOnlyItsModulesApi() {
		JavaClasses platform = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.govsite");

		Set<String> reaches = reachesIntoInternal(platform, "org.govsite");

		assertThat(reaches).as("web classes that use their module's internal package").isEmpty();
	}

	/** The check itself, shown to fail: a sample module whose page uses its internal class. */
	@Test
	void aWebClassThatUsesItsModulesInternalsIsFound() {
		JavaClasses sample = new ClassFileImporter().importPackages("org.govsite.test.webrule");

		assertThat(reachesIntoInternal(sample, "org.govsite.test.webrule"))
			.containsExactly("sample.SampleController -> sample.SampleStore");
	}

	/** Each dependency of a class in {@code <root>.<module>.web..} on one in {@code <root>.<module>.internal..}. */
	static Set<String> reachesIntoInternal(JavaClasses classes, String root) {
		Pattern web = Pattern.compile(Pattern.quote(root) + "\\.(\\w+)\\.web(\\..*)?");
		Set<String> reaches = new TreeSet<>();
		for (JavaClass type : classes) {
			Matcher module = web.matcher(type.getPackageName());
			if (!module.matches()) {
				continue;
			}
			String internal = root + "." + module.group(1) + ".internal";
			for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
				JavaClass target = dependency.getTargetClass();
				String targetPackage = target.getPackageName();
				if (targetPackage.equals(internal) || targetPackage.startsWith(internal + ".")) {
					reaches.add(module.group(1) + "." + outermost(type).getSimpleName() + " -> " + module.group(1) + "."
							+ outermost(target).getSimpleName());
				}
			}
		}
		return reaches;
	}

	private static JavaClass outermost(JavaClass type) {
		JavaClass outer = type;
		while (outer.getEnclosingClass().isPresent()) {
			outer = outer.getEnclosingClass().get();
		}
		return outer;
	}
}
