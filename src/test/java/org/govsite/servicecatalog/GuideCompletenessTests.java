package org.govsite.servicecatalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** SPEC.md §8's completeness rule, without Spring. */
class GuideCompletenessTests {

	@Test
	void aCompleteGuideLacksNothing() {
		assertThat(GuideCompleteness.missing(ServiceFixtures.complete("001", "出生登记", "户籍办理"))).isEmpty();
	}

	@Test
	void namesEachMissingElementInTheGuidesOrder() {
		assertThat(GuideCompleteness.missing(ServiceFixtures.withoutBasisPlaceAndTimeLimit("001")))
			.containsExactly(GuideElement.BASIS, GuideElement.PLACE, GuideElement.PROCESS);
	}

	@Test
	void materialsCountOnlyWhenEveryOneHasAName() {
		ServiceGuide g = ServiceFixtures.complete("001", "出生登记", "户籍办理");
		ServiceGuide none = new ServiceGuide(g.code(), g.name(), g.theme(), g.target(), false, g.basis(), g.conditions(),
				g.place(), g.agency(), g.fees(), g.hours(), g.phone(), g.process(), g.timeLimit(), null, List.of(), g.links());
		ServiceGuide unnamed = new ServiceGuide(g.code(), g.name(), g.theme(), g.target(), false, g.basis(), g.conditions(),
				g.place(), g.agency(), g.fees(), g.hours(), g.phone(), g.process(), g.timeLimit(), null,
				List.of(new Material(" ", null, null, 1, null, null, null, null)), g.links());
		assertThat(GuideCompleteness.missing(none)).containsExactly(GuideElement.MATERIALS);
		assertThat(GuideCompleteness.missing(unnamed)).containsExactly(GuideElement.MATERIALS);
	}

	@Test
	void servicesAreUnusableWithNoItemOrFiveItemsLackingFourElements() {
		ServiceGuide complete = ServiceFixtures.complete("001", "出生登记", "户籍办理");
		ServiceGuide lacksFour = lacking(4);
		ServiceGuide lacksThree = lacking(3);
		assertThat(GuideCompleteness.unusable(List.of())).isTrue();
		assertThat(GuideCompleteness.unusable(repeat(lacksFour, 4, complete))).isFalse();
		assertThat(GuideCompleteness.unusable(repeat(lacksFour, 5, complete))).isTrue();
		assertThat(GuideCompleteness.unusable(Collections.nCopies(9, lacksThree))).isFalse();
	}

	/** The complete guide without the first {@code count} of 设定依据, 申请条件, 办理地点, 办理机构. */
	private static ServiceGuide lacking(int count) {
		ServiceGuide g = ServiceFixtures.complete("001", "出生登记", "户籍办理");
		return new ServiceGuide(g.code(), g.name(), g.theme(), g.target(), false, count > 0 ? null : g.basis(),
				count > 1 ? null : g.conditions(), count > 2 ? null : g.place(), count > 3 ? null : g.agency(), g.fees(),
				g.hours(), g.phone(), g.process(), g.timeLimit(), null, g.materials(), g.links());
	}

	private static List<ServiceGuide> repeat(ServiceGuide bad, int times, ServiceGuide good) {
		List<ServiceGuide> guides = new ArrayList<>(Collections.nCopies(times, bad));
		guides.addAll(Collections.nCopies(3, good));
		return guides;
	}
}
