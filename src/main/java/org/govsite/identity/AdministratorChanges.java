package org.govsite.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.govsite.identity.internal.AccountStore;
import org.govsite.identity.internal.Activations;
import org.govsite.identity.internal.AdministratorChangeStore;
import org.govsite.identity.internal.ApprovalRules;
import org.govsite.platform.NotFound;
import org.govsite.platform.RuleViolation;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The changes to administrators' accounts that wait for a second administrator (三员分立): seen
 * by all three administrators, approved or refused by any of them but the requester, and carried
 * out once the last approval needed is given.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN')")
public class AdministratorChanges {

	/** How many past requests the list shows besides the pending ones. */
	static final int LIST_LIMIT = 200;

	private final AdministratorChangeStore changes;

	private final AccountStore accounts;

	private final Activations activations;

	private final StaffAccess access;

	private final Clock clock;

	AdministratorChanges(AdministratorChangeStore changes, AccountStore accounts, Activations activations,
			StaffAccess access, Clock clock) {
		this.changes = changes;
		this.accounts = accounts;
		this.activations = activations;
		this.access = access;
		this.clock = clock;
	}

	/** Pending requests first, then the most recent decided ones. */
	@Transactional(readOnly = true)
	public List<AdministratorChange> list() {
		return changes.recent(LIST_LIMIT);
	}

	@Transactional(readOnly = true)
	public List<AdministratorChange> pending() {
		return list().stream().filter(AdministratorChange::pending).toList();
	}

	@Transactional(readOnly = true)
	public AdministratorChange change(long id) {
		return changes.find(id).orElseThrow(() -> new NotFound("administratorChange", id));
	}

	/** Adds the current administrator's approval; the last one needed carries the change out. */
	public AdministratorChange approve(long id) {
		AdministratorChange change = changes.lock(id).orElseThrow(() -> new NotFound("administratorChange", id));
		String approver = currentUser();
		ApprovalRules.checkApproval(change, approver, currentRole());
		Instant now = clock.instant();
		changes.approve(id, approver, currentRole(), now);
		AdministratorChange approved = change(id);
		if (approved.awaitedRoles().isEmpty()) {
			carryOut(approved, now);
			changes.done(id, now);
		}
		return change(id);
	}

	/** Refuses a pending request (the requester may withdraw their own this way); a reason is required. */
	public AdministratorChange refuse(long id, String reason) {
		AdministratorChange change = changes.lock(id).orElseThrow(() -> new NotFound("administratorChange", id));
		ApprovalRules.checkPending(change);
		if (reason.isBlank()) {
			throw new RuleViolation("identity.change.reasonRequired");
		}
		changes.refuse(id, currentUser(), reason.strip(), clock.instant());
		return change(id);
	}

	private void carryOut(AdministratorChange change, Instant now) {
		long accountId = change.accountId();
		switch (change.kind()) {
			case GRANT -> {
				accounts.replaceGrants(accountId, Set.of(Grant.platform(StaffRole.valueOf(change.argument()))));
				// whoever set the account up may know its password: the new administrator sets their own
				newCredentials(accountId, now);
			}
			case PASSWORD_RESET -> newCredentials(accountId, now);
			case SECOND_FACTOR_RESET -> accounts.resetSecondFactor(accountId);
			case EMAIL_CHANGE -> {
				AccountView account = accounts.view(accountId).orElseThrow(() -> new NotFound("account", accountId));
				accounts.updateDetails(accountId, account.displayName(), account.unit(), change.argument());
			}
		}
	}

	private void newCredentials(long accountId, Instant now) {
		accounts.withdrawPassword(accountId, currentUser(), now);
		accounts.resetSecondFactor(accountId);
		activations.deliverToHolder(accountId);
	}

	private StaffRole currentRole() {
		if (access.isSystemAdmin()) {
			return StaffRole.SYSTEM_ADMIN;
		}
		if (access.isSecurityAdmin()) {
			return StaffRole.SECURITY_ADMIN;
		}
		if (access.isAuditAdmin()) {
			return StaffRole.AUDIT_ADMIN;
		}
		throw new AccessDeniedException("Not one of the three administrators");
	}

	private String currentUser() {
		String name = access.currentUsername();
		if (name == null) {
			throw new AccessDeniedException("Not signed in");
		}
		return name;
	}
}
