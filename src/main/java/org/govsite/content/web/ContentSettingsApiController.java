package org.govsite.content.web;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.govsite.audit.AuditContext;
import org.govsite.audit.Audited;
import org.govsite.channel.ChannelDirectory;
import org.govsite.content.EditorialSettings;
import org.govsite.content.ReviewPolicy;
import org.govsite.content.TypesettingFont;
import org.govsite.content.TypesettingSettings;
import org.govsite.platform.BackOffice;
import org.govsite.platform.NotFound;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The library's settings and the inbox through the API: 一键排版 per site, review per channel, messages. */
@RestController
@BackOffice
@Tag(name = "内容设置与消息", description = "站点的一键排版格式、栏目的审核级数和校对设置，以及当前用户的消息")
class ContentSettingsApiController {

	private final EditorialSettings editorialSettings;

	private final ChannelDirectory channels;

	ContentSettingsApiController(EditorialSettings editorialSettings, ChannelDirectory channels) {
		this.editorialSettings = editorialSettings;
		this.channels = channels;
	}

	@GetMapping("/api/v1/content-settings/sites/{siteId}/typesetting")
	@Operation(summary = "站点的一键排版格式", description = "字体、字号、首行缩进、行距、段间距；own 为 false 表示使用平台默认")
	TypesettingSettings typesetting(@PathVariable long siteId) {
		return editorialSettings.typesetting(siteId);
	}

	@PutMapping("/api/v1/content-settings/sites/{siteId}/typesetting")
	@Operation(summary = "设置一键排版格式", description = "站点管理员；字号 12–32 像素，首行缩进 0–4 字符，行距 1–3 倍，段间距 0–3")
	@Audited(value = "content.typesetting", objectType = "site", objectIdParameter = "siteId")
	TypesettingSettings setTypesetting(@PathVariable long siteId, @Valid @RequestBody TypesettingRequest request) {
		editorialSettings.setTypesetting(siteId, new TypesettingSettings(request.font(), request.fontSizePx(),
				request.firstLineIndentEm(), request.lineHeight(), request.paragraphSpacingEm(), true));
		return editorialSettings.typesetting(siteId);
	}

	@GetMapping("/api/v1/content-settings/channels/{channelId}/review-policy")
	ReviewPolicy reviewPolicy(@PathVariable long channelId) {
		// here, not in EditorialSettings: its channel 0 is the platform's default, and its console page asks for every channel
		channels.find(channelId).orElseThrow(() -> new NotFound("channel", channelId));
		return editorialSettings.reviewPolicy(channelId);
	}

	@PutMapping("/api/v1/content-settings/channels/{channelId}/review-policy")
	@Operation(summary = "设置栏目审核", description = "站点管理员；levels 为 1 到 3 级，proofreading 为审核后是否由编辑校对")
	@Audited(value = "content.reviewPolicy", objectType = "channel", objectIdParameter = "channelId")
	ReviewPolicy setReviewPolicy(@PathVariable long channelId, @Valid @RequestBody ReviewPolicyRequest request) {
		ReviewPolicy before = editorialSettings.reviewPolicy(channelId);
		editorialSettings.setReviewPolicy(channelId, request.levels(), request.proofreading());
		ReviewPolicy after = editorialSettings.reviewPolicy(channelId);
		AuditContext.detail(ReviewPolicy.describeChange(before, after));
		return after;
	}

	record TypesettingRequest(@NotNull TypesettingFont font, @NotNull Integer fontSizePx,
			@NotNull BigDecimal firstLineIndentEm, @NotNull BigDecimal lineHeight, @NotNull BigDecimal paragraphSpacingEm) {
	}

	record ReviewPolicyRequest(@NotNull Integer levels, boolean proofreading) {
	}
}
