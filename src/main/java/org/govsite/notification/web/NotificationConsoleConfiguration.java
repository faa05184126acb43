package org.govsite.notification.web;

import java.util.ArrayList;
import java.util.List;

import org.govsite.identity.StaffRole;
import org.govsite.notification.Notification;
import org.govsite.notification.NotificationKind;
import org.govsite.notification.Notifications;
import org.govsite.platform.BackOffice;
import org.govsite.platform.ConsoleMenuItem;
import org.govsite.platform.WorkItem;
import org.govsite.platform.WorkbenchSource;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;

/** 消息 in the menu for every staff member, with the unread count; unread messages on the 工作台. */
@Configuration(proxyBeanMethods = false)
@BackOffice
class NotificationConsoleConfiguration {

	@Bean
	ConsoleMenuItem notificationsMenuItem(Notifications notifications) {
		return ConsoleMenuItem.forAuthorities("menu.notification.inbox", "/admin/notifications", 1,
				StaffRole.STAFF_AUTHORITY).counting(user -> notifications.unread());
	}

	/**
	 * The unread count, and each unread message but those of kinds whose module lists the work on
	 * the 工作台 itself (a document waiting for review is there as the review).
	 */
	@Bean
	WorkbenchSource unreadNotifications(Notifications notifications, MessageSource messages) {
		return user -> {
			List<WorkItem> items = new ArrayList<>();
			int unread = notifications.unread();
			if (unread > 0) {
				items.add(new WorkItem("workbench.category.task",
						messages.getMessage("notification.workbench.unread", new Object[] { unread }, LocaleContextHolder.getLocale()),
						"/admin/notifications", null));
			}
			for (Notification notification : notifications.mine(20)) {
				boolean listed = notifications.kind(notification.kind()).map(NotificationKind::onWorkbench).orElse(true);
				if (!notification.read() && listed) {
					items.add(new WorkItem("workbench.category.task", messages.getMessage("notification.workbench.message",
							new Object[] { notification.text() }, LocaleContextHolder.getLocale()), notification.link(), null));
				}
			}
			return items;
		};
	}
}
