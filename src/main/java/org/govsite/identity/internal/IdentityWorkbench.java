package org.govsite.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.govsite.identity.AccountView;
import org.govsite.identity.AdministratorChange;
import org.govsite.identity.StaffRole;
import org.govsite.platform.RuleViolation;
import org.govsite.platform.BackOffice;
import org.govsite.platform.WorkItem;
import org.govsite.platform.WorkbenchSource;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * What identity puts on the 工作台: a password about to expire, for everyone; locked accounts and
 * accounts never activated, for the security administrator.
 */
@Component
@BackOffice
class IdentityWorkbench implements WorkbenchSource {

	/** How long before its expiry a password starts showing on the 工作台. */
	static final Duration PASSWORD_WARNING = Duration.ofDays(14);

	private final AccountStore accounts;

	private final AdministratorChangeStore changes;

	private final MessageSource messages;

	private final Clock clock;

	IdentityWorkbench(AccountStore accounts, AdministratorChangeStore changes, MessageSource messages, Clock clock) {
		this.accounts = accounts;
		this.changes = changes;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public List<WorkItem> itemsFor(Authentication user) {
		List<WorkItem> items = new ArrayList<>();
		accounts.view(user.getName()).ifPresent(me -> passwordExpiry(me).ifPresent(items::add));
		if (user.getAuthorities().stream().anyMatch(a -> StaffRole.SECURITY_ADMIN.authority().equals(a.getAuthority()))) {
			for (AccountView account : accounts.all()) {
				if (account.locked()) {
					items.add(new WorkItem("workbench.category.task", text("identity.workbench.locked", account.displayName(),
							account.username()), "/admin/accounts/" + account.id(), null));
				}
				else if (!account.activated() && account.enabled()) {
					items.add(new WorkItem("workbench.category.task", text("identity.workbench.notActivated",
							account.displayName(), account.username()), "/admin/accounts/" + account.id(), null));
				}
			}
		}
		administratorRole(user).ifPresent(role -> items.addAll(administratorChanges(user.getName(), role)));
		return items;
	}

	/** For each of the three administrators: the changes waiting for their approval, and their own waiting requests. */
	private List<WorkItem> administratorChanges(String me, StaffRole role) {
		List<WorkItem> items = new ArrayList<>();
		for (AdministratorChange change : changes.recent(AdministratorChangeStore.PENDING_LIMIT)) {
			if (!change.pending()) {
				continue;
			}
			String what = what(change);
			String path = "/admin/administrator-changes/" + change.id();
			if (change.requestedBy().equals(me)) {
				items.add(new WorkItem("workbench.category.task", text("identity.workbench.changeWaiting", String.valueOf(change.id()), what),
						path, null));
			}
			else if (mayApprove(change, me, role)) {
				items.add(new WorkItem("workbench.category.approval", text("identity.workbench.changeToApprove", String.valueOf(change.id()),
						what, change.username()), path, null));
			}
		}
		return items;
	}

	private static boolean mayApprove(AdministratorChange change, String me, StaffRole role) {
		try {
			ApprovalRules.checkApproval(change, me, role);
			return true;
		}
		catch (RuleViolation notForMe) {
			return false;
		}
	}

	private String what(AdministratorChange change) {
		String kind = "identity.change.kind." + change.kind().name();
		return switch (change.kind()) {
			case GRANT -> text(kind, text("identity.role." + change.argument()));
			case EMAIL_CHANGE -> text(kind, change.argument() == null ? text("console.none") : change.argument());
			default -> text(kind);
		};
	}

	private static java.util.Optional<StaffRole> administratorRole(Authentication user) {
		return user.getAuthorities()
			.stream()
			.map(authority -> authority.getAuthority())
			.flatMap(authority -> java.util.Arrays.stream(StaffRole.values())
				.filter(StaffRole::isAdministrator)
				.filter(role -> role.authority().equals(authority)))
			.findFirst();
	}

	private java.util.Optional<WorkItem> passwordExpiry(AccountView me) {
		if (me.passwordChangedAt() == null) {
			return java.util.Optional.empty();
		}
		Instant expires = me.passwordChangedAt().plus(Duration.ofDays(accounts.policy().passwordMaxAgeDays()));
		if (expires.isAfter(clock.instant().plus(PASSWORD_WARNING))) {
			return java.util.Optional.empty();
		}
		LocalDate due = expires.atZone(clock.getZone()).toLocalDate();
		return java.util.Optional.of(new WorkItem("workbench.category.deadline", text("identity.workbench.passwordExpires"),
				"/admin/account/password", due));
	}

	private String text(String code, Object... arguments) {
		return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}
}
