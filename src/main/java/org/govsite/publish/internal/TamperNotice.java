package org.govsite.publish.internal;

import org.govsite.notification.NotificationKind;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The message to the security administrators when published files were altered and restored. */
@Configuration(proxyBeanMethods = false)
class TamperNotice {

	static final NotificationKind KIND = new NotificationKind("publish.TAMPER_RESTORED",
			"publish.notificationKind.TAMPER_RESTORED");

	@Bean
	NotificationKind tamperRestored() {
		return KIND;
	}
}
