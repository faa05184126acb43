package org.govsite.identity.internal;

import org.govsite.identity.AdministratorChange;
import org.govsite.identity.StaffRole;
import org.govsite.platform.RuleViolation;

/**
 * Who may approve an administrator change: another administrator than the one who asked, not the
 * holder of the account concerned, once each, and for a grant one holder of each of the other two
 * administrator roles.
 */
public final class ApprovalRules {

	private ApprovalRules() {
	}

	public static void checkApproval(AdministratorChange change, String approver, StaffRole approverRole) {
		checkPending(change);
		if (!approverRole.isAdministrator()) {
			throw new RuleViolation("identity.change.notAnAdministrator");
		}
		if (change.requestedBy().equals(approver)) {
			throw new RuleViolation("identity.change.ownRequest");
		}
		if (change.username().equals(approver)) {
			throw new RuleViolation("identity.change.ownAccount");
		}
		if (change.approvals().stream().anyMatch(approval -> approval.approvedBy().equals(approver))) {
			throw new RuleViolation("identity.change.alreadyApproved");
		}
		if (!change.awaitedRoles().contains(approverRole)) {
			throw new RuleViolation("identity.change.roleNotAwaited");
		}
	}

	public static void checkPending(AdministratorChange change) {
		if (!change.pending()) {
			throw new RuleViolation("identity.change.notPending");
		}
	}
}
