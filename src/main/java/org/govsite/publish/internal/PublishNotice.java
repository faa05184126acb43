package org.govsite.publish.internal;

import java.util.Arrays;
import java.util.List;

import org.govsite.notification.NotificationKind;
import org.govsite.notification.NotificationKinds;

import org.springframework.stereotype.Component;

/** The publish module's kinds of message to staff. */
enum PublishNotice {

	/** Published files were found altered, deleted or added, and restored (网页防篡改). */
	TAMPER_RESTORED;

	NotificationKind kind() {
		return new NotificationKind("publish." + name(), "publish.notificationKind." + name());
	}

	/** The kinds, on every user's 消息设置. */
	@Component
	static class Kinds implements NotificationKinds {

		@Override
		public List<NotificationKind> kinds() {
			return Arrays.stream(values()).map(PublishNotice::kind).toList();
		}
	}
}
