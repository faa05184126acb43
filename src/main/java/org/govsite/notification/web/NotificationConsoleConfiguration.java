package org.govsite.notification.web;

import java.util.ArrayList;
import java.util.List;

import org.govsite.identity.StaffRole;
import org.govsite.notification.Notification;
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
	 * The unread count, and each unread message but those a module already shows as work of its
	 * own (a document waiting for review is on the 工作台 as the review itself).
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
				if (!notification.read() && !notification.kind().equals("content.REVIEW_WAITING")) {
					items.add(new WorkItem("workbench.category.task", messages.getMessage("notification.workbench.message",
							new Object[] { notification.text() }, LocaleContextHolder.getLocale()), notification.link(), null));
				}
			}
			return items;
		};
	}
}
