package org.govsite.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A change to an administrator's account that one of the three administrators may not make alone
 * (三员分立): it waits for the approval of another, and is shown to all three, pending or past.
 *
 * @param argument the role to grant or the new email address; {@code null} for a reset
 * @param requesterRole the administrator role the requester held when asking
 */
public record AdministratorChange(long id, Kind kind, long accountId, String username, String displayName,
		@Nullable String argument, String requestedBy, StaffRole requesterRole, Instant requestedAt, State state,
		List<Approval> approvals, @Nullable Instant decidedAt, @Nullable String refusedBy, @Nullable String refusal) {

	public AdministratorChange {
		approvals = List.copyOf(approvals);
	}

	/** What is asked. */
	public enum Kind {

		/** Granting one of the three administrator roles: the other two administrators approve. */
		GRANT,

		/** A new activation link for an administrator, delivered to them, never to the requester. */
		PASSWORD_RESET,

		/** The administrator enrols a second factor again at their next sign-in. */
		SECOND_FACTOR_RESET,

		/** An administrator's email, where their activation links go. */
		EMAIL_CHANGE
	}

	public enum State {
		PENDING, DONE, REFUSED
	}

	/** One administrator's approval. */
	public record Approval(String approvedBy, StaffRole approverRole, Instant approvedAt) {
	}

	/**
	 * The administrator roles whose approval is still missing: for a grant, each of the other two
	 * (one approval from a holder of each); for the rest, any one of the three.
	 */
	public Set<StaffRole> awaitedRoles() {
		if (state != State.PENDING) {
			return Set.of();
		}
		if (kind == Kind.GRANT) {
			Set<StaffRole> awaited = EnumSet.of(StaffRole.SYSTEM_ADMIN, StaffRole.SECURITY_ADMIN, StaffRole.AUDIT_ADMIN);
			awaited.remove(requesterRole);
			approvals.forEach(approval -> awaited.remove(approval.approverRole()));
			return awaited;
		}
		return approvals.isEmpty() ? EnumSet.of(StaffRole.SYSTEM_ADMIN, StaffRole.SECURITY_ADMIN, StaffRole.AUDIT_ADMIN)
				: Set.of();
	}

	public boolean pending() {
		return state == State.PENDING;
	}
}
