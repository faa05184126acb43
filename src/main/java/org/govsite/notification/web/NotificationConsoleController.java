package org.govsite.notification.web;

import java.util.Set;

import org.govsite.audit.Audited;
import org.govsite.notification.Notifications;
import org.govsite.platform.BackOffice;
import org.govsite.platform.NotFound;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 消息: the signed-in user's inbox, and which kinds of message also come by email. */
@Controller
@BackOffice
class NotificationConsoleController {

	private final Notifications notifications;

	private final MessageSource messages;

	NotificationConsoleController(Notifications notifications, MessageSource messages) {
		this.notifications = notifications;
		this.messages = messages;
	}

	@GetMapping("/admin/notifications")
	String inbox(Model model) {
		model.addAttribute("notifications", notifications.mine(200));
		model.addAttribute("unread", notifications.unread());
		return "notification/inbox";
	}

	/** Opens a message: it is read, and the user goes where it leads. */
	@PostMapping("/admin/notifications/{id}/open")
	@Audited(value = "notification.read", objectType = "notification")
	String open(@PathVariable long id) {
		String link = notifications.open(id).orElseThrow(() -> new NotFound("notification", id));
		return "redirect:" + (link.startsWith("/admin") ? link : "/admin/notifications");
	}

	@PostMapping("/admin/notifications/{id}/read")
	@Audited(value = "notification.read", objectType = "notification")
	String read(@PathVariable long id) {
		notifications.open(id).orElseThrow(() -> new NotFound("notification", id));
		return "redirect:/admin/notifications";
	}

	@PostMapping("/admin/notifications/read-all")
	@Audited(value = "notification.readAll", objectType = "notification")
	String readAll(RedirectAttributes redirect) {
		notifications.markAllRead();
		redirect.addFlashAttribute("successMessage", message("notification.done.allRead"));
		return "redirect:/admin/notifications";
	}

	@GetMapping("/admin/notifications/preferences")
	String preferences(Model model) {
		model.addAttribute("preferences", notifications.preferences());
		return "notification/preferences";
	}

	@PostMapping("/admin/notifications/preferences")
	@Audited(value = "notification.preferences", objectType = "account")
	String choose(@RequestParam(name = "email", required = false) Set<String> emailed, RedirectAttributes redirect) {
		notifications.chooseEmail(emailed == null ? Set.of() : emailed);
		redirect.addFlashAttribute("successMessage", message("notification.done.preferences"));
		return "redirect:/admin/notifications/preferences";
	}

	private String message(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}
}
