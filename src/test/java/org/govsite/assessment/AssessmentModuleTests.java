package org.govsite.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The assessment module boots with its dependencies and theirs, and reads the checklist the
 * migration seeds: five groups of 100 points, the services group's 25 among them.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = { "audit", "notification" })
@DirtiesContext
class AssessmentModuleTests {

	@Autowired
	SelfAssessment assessment;

	@Test
	void readsTheSeededChecklist() {
		Checklist checklist = assessment.checklist();

		assertThat(checklist.groups()).extracting(ChecklistGroup::code)
			.containsExactly("availability", "publishing", "services", "interaction", "design");
		assertThat(checklist.groups().stream().map(ChecklistGroup::maxPoints).reduce(java.math.BigDecimal.ZERO,
				java.math.BigDecimal::add)).isEqualByComparingTo("100");
		assertThat(checklist.groups()).filteredOn(ChecklistGroup::services).singleElement()
			.satisfies(group -> assertThat(group.maxPoints()).isEqualByComparingTo("25"));
		assertThat(checklist.points()).extracting(ChecklistPoint::measure).contains("home-failed-percent", "broken-link-home");
	}
}
