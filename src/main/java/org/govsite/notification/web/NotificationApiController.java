package org.govsite.notification.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.govsite.audit.Audited;
import org.govsite.notification.Notification;
import org.govsite.notification.Notifications;
import org.govsite.platform.BackOffice;
import org.govsite.platform.NotFound;
import org.govsite.platform.PageSize;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's messages through the API. */
@RestController
@BackOffice
@Tag(name = "消息")
class NotificationApiController {

	private final Notifications notifications;

	NotificationApiController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/api/v1/notifications")
	@Operation(summary = "我的消息", description = "最新的在前；发给我本人或我所担任角色的消息；limit 最多 500（PageSize.MAX）")
	List<Notification> notifications(@RequestParam(defaultValue = "50") int limit) {
		return notifications.mine(PageSize.of(limit));
	}

	@PostMapping("/api/v1/notifications/{id}/read")
	@Audited(value = "notification.read", objectType = "notification")
	List<Notification> read(@PathVariable long id) {
		notifications.open(id).orElseThrow(() -> new NotFound("notification", id));
		return notifications.mine(50);
	}
}
