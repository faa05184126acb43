package org.govsite.secops.internal;

import java.util.List;

import org.govsite.identity.StaffRole;
import org.govsite.notification.Notifications;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Tells the security administrators, in their inbox and by email, through the notification module. */
@Component
public class SecopsAlerts {

	private final Notifications notifications;

	private final MessageSource messages;

	SecopsAlerts(Notifications notifications, MessageSource messages) {
		this.notifications = notifications;
		this.messages = messages;
	}

	public void highFinding(String siteName, String title, String dueOn) {
		send(SecopsNotice.HIGH_FINDING, "/admin/secops", siteName, title, dueOn);
	}

	public void overdue(String siteName, String title, String severity, String dueOn) {
		send(SecopsNotice.FINDING_OVERDUE, "/admin/secops", siteName, title, severity, dueOn);
	}

	public void counterfeit(String domain, String reporter) {
		send(SecopsNotice.COUNTERFEIT_REPORTED, "/admin/secops/counterfeits", domain, reporter);
	}

	private void send(SecopsNotice notice, String link, Object... arguments) {
		String subject = messages.getMessage("secops.alert." + notice.name(), arguments, LocaleContextHolder.getLocale());
		notifications.notify(List.of(StaffRole.SECURITY_ADMIN.authority()), notice.kind(), subject, link);
	}
}
