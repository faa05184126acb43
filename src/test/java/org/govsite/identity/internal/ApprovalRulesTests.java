package org.govsite.identity.internal;

import java.time.Instant;
import java.util.List;

import org.govsite.identity.AdministratorChange;
import org.govsite.identity.AdministratorChange.Approval;
import org.govsite.identity.AdministratorChange.Kind;
import org.govsite.identity.AdministratorChange.State;
import org.govsite.identity.StaffRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApprovalRulesTests {

	static final Instant NOW = Instant.parse("2026-12-06T03:00:00Z");

	static AdministratorChange change(Kind kind, List<Approval> approvals) {
		return new AdministratorChange(1, kind, 7, "target", "目标", kind == Kind.GRANT ? "AUDIT_ADMIN" : null, "sec",
				StaffRole.SECURITY_ADMIN, NOW, State.PENDING, approvals, null, null, null);
	}

	@Test
	void aGrantWaitsForTheOtherTwoAdministrators() {
		AdministratorChange grant = change(Kind.GRANT, List.of());
		assertThat(grant.awaitedRoles()).containsExactlyInAnyOrder(StaffRole.SYSTEM_ADMIN, StaffRole.AUDIT_ADMIN);
		assertThatThrownBy(() -> ApprovalRules.checkApproval(grant, "sec2", StaffRole.SECURITY_ADMIN))
			.hasMessageContaining("identity.change.roleNotAwaited");

		AdministratorChange half = change(Kind.GRANT, List.of(new Approval("sys", StaffRole.SYSTEM_ADMIN, NOW)));
		assertThat(half.awaitedRoles()).containsExactly(StaffRole.AUDIT_ADMIN);
		assertThatThrownBy(() -> ApprovalRules.checkApproval(half, "sys2", StaffRole.SYSTEM_ADMIN))
			.hasMessageContaining("identity.change.roleNotAwaited");
		assertThatCode(() -> ApprovalRules.checkApproval(half, "aud", StaffRole.AUDIT_ADMIN)).doesNotThrowAnyException();
	}

	@Test
	void aResetWaitsForAnyOneOtherAdministrator() {
		AdministratorChange reset = change(Kind.PASSWORD_RESET, List.of());
		assertThatCode(() -> ApprovalRules.checkApproval(reset, "sec2", StaffRole.SECURITY_ADMIN)).doesNotThrowAnyException();
		assertThat(change(Kind.PASSWORD_RESET, List.of(new Approval("aud", StaffRole.AUDIT_ADMIN, NOW))).awaitedRoles())
			.isEmpty();
	}

	@Test
	void neitherTheRequesterNorTheHolderApproves() {
		AdministratorChange reset = change(Kind.SECOND_FACTOR_RESET, List.of());
		assertThatThrownBy(() -> ApprovalRules.checkApproval(reset, "sec", StaffRole.SECURITY_ADMIN))
			.hasMessageContaining("identity.change.ownRequest");
		assertThatThrownBy(() -> ApprovalRules.checkApproval(reset, "target", StaffRole.AUDIT_ADMIN))
			.hasMessageContaining("identity.change.ownAccount");
		assertThatThrownBy(() -> ApprovalRules.checkApproval(reset, "editor", StaffRole.EDITOR))
			.hasMessageContaining("identity.change.notAnAdministrator");
	}
}
