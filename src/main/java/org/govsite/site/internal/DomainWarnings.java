package org.govsite.site.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.govsite.identity.StaffRole;
import org.govsite.notification.Notifications;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Tells each site's manager of a domain of theirs about to expire, once per threshold crossed. */
@Component
public class DomainWarnings {

	private final DomainLedgerStore store;

	private final Notifications notifications;

	private final MessageSource messages;

	DomainWarnings(DomainLedgerStore store, Notifications notifications, MessageSource messages) {
		this.store = store;
		this.notifications = notifications;
		this.messages = messages;
	}

	public void warn(List<Integer> thresholds, LocalDate today) {
		for (DomainLedgerStore.Expiring domain : store.expiring()) {
			ExpiryWarning.due(thresholds, domain.expiresOn(), today, domain.warnedWithin()).ifPresent(threshold -> {
				long daysLeft = ChronoUnit.DAYS.between(today, domain.expiresOn());
				String text = messages.getMessage("site.ledger.expiring", new Object[] { domain.name(), domain.siteName(),
						domain.expiresOn().toString(), String.valueOf(daysLeft) }, Locale.SIMPLIFIED_CHINESE);
				notifications.notify(List.of(StaffRole.SITE_MANAGER.forSite(domain.siteId())),
						SiteNotice.DOMAIN_EXPIRING.kind(), text, "/admin/domains#domain-" + domain.id());
				store.markWarned(domain.id(), threshold);
			});
		}
	}
}
