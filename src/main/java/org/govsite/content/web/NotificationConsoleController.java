package org.govsite.content.web;

import org.govsite.audit.Audited;
import org.govsite.content.ContentManagement;
import org.govsite.content.ContentRuleViolation;
import org.govsite.platform.BackOffice;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 消息: the signed-in user's inbox (waiting for review, sent back, live, 报送 decided …). */
@Controller
@BackOffice
class NotificationConsoleController {

	private final ContentManagement content;

	private final MessageSource messages;

	NotificationConsoleController(ContentManagement content, MessageSource messages) {
		this.content = content;
		this.messages = messages;
	}

	@GetMapping("/admin/notifications")
	String inbox(Model model) {
		model.addAttribute("notifications", content.myNotifications(200));
		model.addAttribute("unread", content.unreadNotifications());
		return "content/notifications";
	}

	/** Opens a message: it is read, and the user goes where it leads. */
	@PostMapping("/admin/notifications/{id}/open")
	@Audited(value = "content.readNotification", objectType = "notification")
	String open(@PathVariable long id) {
		String link = content.openNotification(id).orElseThrow(() -> new ContentRuleViolation("content.inbox.notYours"));
		return "redirect:" + (link.startsWith("/admin") ? link : "/admin/notifications");
	}

	@PostMapping("/admin/notifications/{id}/read")
	@Audited(value = "content.readNotification", objectType = "notification")
	String read(@PathVariable long id) {
		content.markRead(id);
		return "redirect:/admin/notifications";
	}

	@PostMapping("/admin/notifications/read-all")
	@Audited(value = "content.readAllNotifications", objectType = "notification")
	String readAll(RedirectAttributes redirect) {
		content.markAllNotificationsRead();
		redirect.addFlashAttribute("successMessage", messages.getMessage("content.done.allRead", null, LocaleContextHolder.getLocale()));
		return "redirect:/admin/notifications";
	}
}
