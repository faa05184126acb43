package org.govsite.site.internal;

import java.util.Arrays;
import java.util.List;

import org.govsite.notification.NotificationKind;
import org.govsite.notification.NotificationKinds;

import org.springframework.stereotype.Component;

/** The site module's kinds of message to staff. */
enum SiteNotice {

	/** A change record's reporting deadline moved when its year's holidays were entered. */
	CHANGE_DEADLINE_MOVED,

	/** A domain of the ledger nears its expiry date. */
	DOMAIN_EXPIRING,

	/** A domain's HTTPS certificate nears its expiry (the optional domain checks). */
	CERTIFICATE_EXPIRING;

	NotificationKind kind() {
		return new NotificationKind("site." + name(), "site.notificationKind." + name());
	}

	/** The kinds, on every user's 消息设置. */
	@Component
	static class Kinds implements NotificationKinds {

		@Override
		public List<NotificationKind> kinds() {
			return Arrays.stream(values()).map(SiteNotice::kind).toList();
		}
	}
}
