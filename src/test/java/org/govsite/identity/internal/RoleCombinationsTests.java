package org.govsite.identity.internal;

import java.util.Set;

import org.govsite.identity.Grant;
import org.govsite.identity.RolePair;
import org.govsite.identity.SecurityPolicy;
import org.govsite.identity.StaffRole;
import org.govsite.platform.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoleCombinationsTests {

	static final SecurityPolicy DEFAULTS = SecurityPolicy.DEFAULTS;

	@Test
	void byDefaultAnEditorIsNoReviewerOfTheSameSiteOrChannel() {
		assertThat(DEFAULTS.separatedRoles()).containsExactly(RolePair.EDITOR_REVIEWER);
		assertThatThrownBy(() -> RoleCombinations.check(DEFAULTS, Set.of(),
				Set.of(Grant.site(StaffRole.EDITOR, 1), Grant.channel(StaffRole.REVIEWER, 1, 5))))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("identity.role.notCombinable");
		assertThatThrownBy(() -> RoleCombinations.check(DEFAULTS, Set.of(),
				Set.of(Grant.channel(StaffRole.EDITOR, 1, 5), Grant.channel(StaffRole.REVIEWER, 1, 5))))
			.isInstanceOf(RuleViolation.class);
	}

	@Test
	void otherSitesOtherChannelsAndOtherPairsAreFine() {
		assertThatCode(() -> RoleCombinations.check(DEFAULTS, Set.of(), Set.of(Grant.site(StaffRole.EDITOR, 1),
				Grant.site(StaffRole.REVIEWER, 2), Grant.site(StaffRole.SITE_MANAGER, 1)))).doesNotThrowAnyException();
		assertThatCode(() -> RoleCombinations.check(DEFAULTS, Set.of(),
				Set.of(Grant.channel(StaffRole.EDITOR, 1, 5), Grant.channel(StaffRole.REVIEWER, 1, 6))))
			.doesNotThrowAnyException();
	}

	@Test
	void aPairAlreadyHeldCanStillLoseARole() {
		Set<Grant> held = Set.of(Grant.site(StaffRole.EDITOR, 1), Grant.site(StaffRole.REVIEWER, 1),
				Grant.site(StaffRole.LETTER_HANDLER, 1));
		assertThatCode(() -> RoleCombinations.check(DEFAULTS, held,
				Set.of(Grant.site(StaffRole.EDITOR, 1), Grant.site(StaffRole.REVIEWER, 1))))
			.doesNotThrowAnyException();
	}

	@Test
	void aPolicyWithoutThePairAllowsIt() {
		SecurityPolicy allowing = new SecurityPolicy(90, 5, 5, 15, 30, Set.of(), 90, false, Set.of());
		assertThatCode(() -> RoleCombinations.check(allowing, Set.of(),
				Set.of(Grant.site(StaffRole.EDITOR, 1), Grant.site(StaffRole.REVIEWER, 1)))).doesNotThrowAnyException();
	}

	@Test
	void aPolicyChangeSaysWhatChangedFieldByField() {
		SecurityPolicy changed = new SecurityPolicy(60, 5, 5, 15, 30, Set.of(StaffRole.EDITOR), 30, true,
				Set.of(RolePair.EDITOR_REVIEWER, RolePair.parse("REVIEWER+SITE_MANAGER")));
		assertThat(changed.changesFrom(DEFAULTS)).isEqualTo("passwordMaxAgeDays: 90 → 60; totpRoles: [] → [EDITOR]; "
				+ "apiTokenMaxDays: 90 → 30; administratorTokens: false → true; "
				+ "separatedRoles: [EDITOR+REVIEWER] → [EDITOR+REVIEWER, SITE_MANAGER+REVIEWER]");
		assertThat(DEFAULTS.changesFrom(DEFAULTS)).isEmpty();
	}

	@Test
	void aPairIsTwoSiteRolesInAFixedOrder() {
		assertThat(RolePair.parse("reviewer+editor")).isEqualTo(RolePair.EDITOR_REVIEWER);
		assertThatThrownBy(() -> RolePair.parse("SYSTEM_ADMIN+EDITOR")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> RolePair.parse("EDITOR")).isInstanceOf(IllegalArgumentException.class);
	}
}
