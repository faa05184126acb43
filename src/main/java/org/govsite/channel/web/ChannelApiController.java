package org.govsite.channel.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.govsite.audit.AuditContext;
import org.govsite.audit.Audited;
import org.govsite.channel.ChannelFreshness;
import org.govsite.channel.ChannelManagement;
import org.govsite.channel.ChannelWatch;
import org.govsite.channel.ChannelRuleViolation;
import org.govsite.platform.BackOffice;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The channel trees through the API: read a site's tree, create, edit, move, hide, archive. */
@RestController
@BackOffice
@RequestMapping("/api/v1")
@Tag(name = "栏目", description = "站点的栏目树：栏目类型与更新要求、栏目责任人、排序、隐藏和归档")
class ChannelApiController {

	private final ChannelManagement channels;

	private final ChannelLabels labels;

	private final ChannelWatch watch;

	ChannelApiController(ChannelManagement channels, ChannelLabels labels, ChannelWatch watch) {
		this.channels = channels;
		this.labels = labels;
		this.watch = watch;
	}

	/** Who is made responsible for a channel: an account of the site's staff, or null for none. */
	record ResponsibleRequest(@org.jspecify.annotations.Nullable String username) {
	}

	@PutMapping("/channels/{id}/responsible-account")
	@Operation(summary = "指定栏目责任人账号", description = "须为本站点的工作人员；栏目即将超期时提醒此人。username 为空则取消")
	@Audited(value = "channel.responsibleAccount", objectType = "channel")
	Map<String, Object> assignResponsible(@PathVariable long id, @RequestBody ResponsibleRequest request) {
		watch.assignResponsible(id, request.username());
		return Map.of("channelId", id, "responsibleAccount", watch.responsibleAccount(id).orElse(""));
	}

	@GetMapping("/sites/{siteId}/channel-freshness")
	@Operation(summary = "各栏目的更新状态", description = "FRESH 正常、DUE_SOON 即将超期、OVERDUE 已超期、EMPTY 空白栏目")
	Map<Long, ChannelFreshness> freshness(@PathVariable long siteId) {
		return watch.freshness(siteId);
	}

	@GetMapping("/sites/{siteId}/channels")
	@Operation(summary = "站点的栏目树", description = "一级栏目按顺序排列，每个栏目带着它的下级栏目")
	List<ChannelResponse> tree(@PathVariable long siteId) {
		return channels.tree(siteId).stream().map(node -> ChannelResponse.of(node, labels)).toList();
	}

	@PostMapping("/sites/{siteId}/channels")
	@Operation(summary = "新建栏目", description = "排在同级栏目的最后")
	@Audited(value = "channel.create", objectType = "channel")
	ResponseEntity<ChannelResponse> create(@PathVariable long siteId, @Valid @RequestBody ChannelRequest request) {
		long id = channels.create(siteId, request.parentId(), request.details());
		AuditContext.objectId(id);
		return ResponseEntity.created(URI.create("/api/v1/channels/" + id)).body(view(id));
	}

	@GetMapping("/channels/{id}")
	ChannelResponse get(@PathVariable long id) {
		return view(id);
	}

	@PutMapping("/channels/{id}")
	@Operation(summary = "修改栏目", description = "上级栏目不在这里改变，请用 move")
	@Audited(value = "channel.edit", objectType = "channel")
	ChannelResponse edit(@PathVariable long id, @Valid @RequestBody ChannelRequest request) {
		if (request.parentId() != null && !Objects.equals(request.parentId(), channels.get(id).parentId())) {
			throw new ChannelRuleViolation("channel.edit.parentByMove");
		}
		channels.edit(id, request.details());
		return view(id);
	}

	@PostMapping("/channels/{id}/move")
	@Operation(summary = "移动栏目", description = "移到同一站点的另一个上级栏目下（parentId 为空则作为一级栏目），position 从 1 起，为空则排在最后")
	@Audited(value = "channel.move", objectType = "channel")
	ChannelResponse move(@PathVariable long id, @Valid @RequestBody MoveRequest request) {
		channels.move(id, request.parentId(), request.position());
		return view(id);
	}

	@PostMapping("/channels/{id}/hide")
	@Audited(value = "channel.hide", objectType = "channel")
	ChannelResponse hide(@PathVariable long id) {
		channels.hide(id);
		return view(id);
	}

	@PostMapping("/channels/{id}/show")
	@Audited(value = "channel.show", objectType = "channel")
	ChannelResponse show(@PathVariable long id) {
		channels.show(id);
		return view(id);
	}

	@PostMapping("/channels/{id}/archive")
	@Audited(value = "channel.archive", objectType = "channel")
	ChannelResponse archive(@PathVariable long id) {
		channels.archive(id);
		return view(id);
	}

	@PostMapping("/channels/{id}/restore")
	@Audited(value = "channel.restore", objectType = "channel")
	ChannelResponse restore(@PathVariable long id) {
		channels.restore(id);
		return view(id);
	}

	private ChannelResponse view(long id) {
		return ChannelResponse.of(channels.get(id), labels);
	}
}
