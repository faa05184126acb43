package org.govsite.identity.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.govsite.identity.AccountView;
import org.govsite.identity.StaffRole;
import org.govsite.identity.internal.AccountStore;
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

	private final MessageSource messages;

	private final Clock clock;

	IdentityWorkbench(AccountStore accounts, MessageSource messages, Clock clock) {
		this.accounts = accounts;
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
		return items;
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
