package org.govsite.secops.internal;

import java.util.Arrays;
import java.util.List;

import org.govsite.notification.NotificationKind;
import org.govsite.notification.NotificationKinds;

import org.springframework.stereotype.Component;

/** The security operations' messages to the security administrators, emailed unless they turn them off. */
public enum SecopsNotice {

	/** A scan found a new high-severity vulnerability. */
	HIGH_FINDING,

	/** A finding is still open after its last day. */
	FINDING_OVERDUE,

	/** A counterfeit site or domain was reported. */
	COUNTERFEIT_REPORTED;

	public NotificationKind kind() {
		return new NotificationKind("secops." + name(), "secops.notificationKind." + name());
	}

	/** The kinds, on every user's 消息设置. */
	@Component
	static class Kinds implements NotificationKinds {

		@Override
		public List<NotificationKind> kinds() {
			return Arrays.stream(values()).map(SecopsNotice::kind).toList();
		}
	}
}
