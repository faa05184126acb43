package org.govsite.identity.internal;

import java.util.Set;

import org.govsite.identity.Grant;
import org.govsite.identity.StaffRole;
import org.govsite.platform.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeparationOfDutiesTests {

	@Test
	void anAdministratorHoldsNoOtherRole() {
		for (StaffRole administrator : Set.of(StaffRole.SYSTEM_ADMIN, StaffRole.SECURITY_ADMIN, StaffRole.AUDIT_ADMIN)) {
			assertThatThrownBy(() -> SeparationOfDuties.check(Set.of(Grant.platform(administrator), Grant.site(StaffRole.EDITOR, 1))))
				.isInstanceOf(RuleViolation.class)
				.extracting(e -> ((RuleViolation) e).code())
				.isEqualTo("identity.role.administratorExclusive");
		}
	}

	@Test
	void noOneHoldsTwoAdministratorRoles() {
		assertThatThrownBy(() -> SeparationOfDuties
			.check(Set.of(Grant.platform(StaffRole.SYSTEM_ADMIN), Grant.platform(StaffRole.AUDIT_ADMIN))))
			.isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> SeparationOfDuties
			.check(Set.of(Grant.platform(StaffRole.SECURITY_ADMIN), Grant.platform(StaffRole.AUDIT_ADMIN))))
			.isInstanceOf(RuleViolation.class);
	}

	@Test
	void siteRolesCombineFreely() {
		assertThatCode(() -> SeparationOfDuties.check(Set.of(Grant.site(StaffRole.EDITOR, 1), Grant.site(StaffRole.REVIEWER, 2),
				Grant.channel(StaffRole.EDITOR, 2, 7), Grant.site(StaffRole.SITE_MANAGER, 3))))
			.doesNotThrowAnyException();
		assertThatCode(() -> SeparationOfDuties.check(Set.of(Grant.platform(StaffRole.AUDIT_ADMIN)))).doesNotThrowAnyException();
	}
}
