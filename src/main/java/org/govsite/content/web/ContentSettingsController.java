package org.govsite.content.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.govsite.audit.AuditContext;
import org.govsite.audit.Audited;
import org.govsite.channel.ChannelDirectory;
import org.govsite.channel.ChannelView;
import org.govsite.content.ContentRuleViolation;
import org.govsite.content.EditorialSettings;
import org.govsite.content.ReviewPolicy;
import org.govsite.content.ReviewSafeguards;
import org.govsite.content.ReviewShortfall;
import org.govsite.content.TypesettingFont;
import org.govsite.content.TypesettingSettings;
import org.govsite.identity.StaffAccess;
import org.govsite.platform.BackOffice;
import org.govsite.platform.NotFound;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 内容设置 for site managers: each site's 一键排版 format (font, size, indent, line height,
 * paragraph spacing) and each channel's review levels and proofreading.
 */
@Controller
@BackOffice
class ContentSettingsController {

	private final EditorialSettings editorialSettings;

	private final SiteDirectory sites;

	private final ChannelDirectory channels;

	private final StaffAccess staff;

	private final MessageSource messages;

	private final ReviewSafeguards safeguards;

	ContentSettingsController(EditorialSettings editorialSettings, ReviewSafeguards safeguards, SiteDirectory sites,
			ChannelDirectory channels, StaffAccess staff, MessageSource messages) {
		this.editorialSettings = editorialSettings;
		this.safeguards = safeguards;
		this.sites = sites;
		this.channels = channels;
		this.staff = staff;
		this.messages = messages;
	}

	@InitBinder("typesettingForm")
	void typesettingFields(WebDataBinder binder) {
		binder.setAllowedFields("font", "fontSizePx", "firstLineIndentEm", "lineHeight", "paragraphSpacingEm");
	}

	@GetMapping("/admin/content-settings")
	String sites(Model model) {
		model.addAttribute("sites", sites.all().stream().filter(site -> staff.managesSite(site.id())).toList());
		return "content/settings";
	}

	@GetMapping("/admin/typesetting")
	@PreAuthorize("@contentAccess.managesSite(#siteId)")
	String typesetting(@RequestParam long siteId, Model model) {
		TypesettingSettings settings = editorialSettings.typesetting(siteId);
		model.addAttribute("typesettingForm", TypesettingForm.of(settings));
		return typesettingPage(siteId, settings, model);
	}

	@PostMapping("/admin/typesetting")
	@Audited(value = "content.typesetting", objectType = "site", objectIdParameter = "siteId")
	String saveTypesetting(@RequestParam long siteId, @Valid @ModelAttribute("typesettingForm") TypesettingForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				editorialSettings.setTypesetting(siteId, form.toSettings());
				return done("redirect:/admin/typesetting?siteId=" + siteId, "content.done.typesettingSaved", redirect);
			}
			catch (ContentRuleViolation refused) {
				binding.rejectValue(refused.field(), refused.code(), refused.arguments(), null);
			}
		}
		return typesettingPage(siteId, editorialSettings.typesetting(siteId), model);
	}

	@PostMapping("/admin/typesetting/reset")
	@Audited(value = "content.resetTypesetting", objectType = "site", objectIdParameter = "siteId")
	String resetTypesetting(@RequestParam long siteId, RedirectAttributes redirect) {
		editorialSettings.clearTypesetting(siteId);
		return done("redirect:/admin/typesetting?siteId=" + siteId, "content.done.typesettingReset", redirect);
	}

	@GetMapping("/admin/review-policies")
	@PreAuthorize("@contentAccess.managesSite(#siteId)")
	String reviewPolicies(@RequestParam long siteId, Model model) {
		List<ChannelView> siteChannels = channels.ofSite(siteId);
		Map<Long, ReviewPolicy> policies = new java.util.LinkedHashMap<>();
		siteChannels.forEach(channel -> policies.put(channel.id(), editorialSettings.reviewPolicy(channel.id())));
		Map<Long, ReviewShortfall> shortfalls = new java.util.HashMap<>();
		siteChannels.forEach(channel -> safeguards.channelReviewShortfall(channel.id())
			.ifPresent(shortfall -> shortfalls.put(channel.id(), shortfall)));
		model.addAttribute("shortfalls", shortfalls);
		ReviewPolicy platformDefault = editorialSettings.reviewPolicy(0);
		model.addAttribute("site", site(siteId));
		model.addAttribute("channels", siteChannels);
		model.addAttribute("policies", policies);
		model.addAttribute("defaultLevels", platformDefault.levels());
		model.addAttribute("defaultProofreading", platformDefault.proofreading());
		model.addAttribute("levelChoices", List.of(1, 2, 3));
		return "content/review-policies";
	}

	@PostMapping("/admin/review-policies/{channelId}")
	@Audited(value = "content.reviewPolicy", objectType = "channel", objectIdParameter = "channelId")
	String saveReviewPolicy(@PathVariable long channelId, @RequestParam int levels,
			@RequestParam(defaultValue = "false") boolean proofreading, RedirectAttributes redirect) {
		ChannelView channel = channel(channelId);
		ReviewPolicy before = editorialSettings.reviewPolicy(channelId);
		editorialSettings.setReviewPolicy(channelId, levels, proofreading);
		AuditContext.detail(ReviewPolicy.describeChange(before, editorialSettings.reviewPolicy(channelId)));
		redirect.addFlashAttribute("successMessage", message("content.done.reviewPolicySaved", channel.name()));
		return "redirect:/admin/review-policies?siteId=" + channel.siteId() + "#channel-" + channelId;
	}

	@PostMapping("/admin/review-policies/{channelId}/reset")
	@Audited(value = "content.resetReviewPolicy", objectType = "channel", objectIdParameter = "channelId")
	String resetReviewPolicy(@PathVariable long channelId, RedirectAttributes redirect) {
		ChannelView channel = channel(channelId);
		editorialSettings.clearReviewPolicy(channelId);
		redirect.addFlashAttribute("successMessage", message("content.done.reviewPolicyCleared", channel.name()));
		return "redirect:/admin/review-policies?siteId=" + channel.siteId() + "#channel-" + channelId;
	}

	private String typesettingPage(long siteId, TypesettingSettings current, Model model) {
		model.addAttribute("site", site(siteId));
		model.addAttribute("current", current);
		model.addAttribute("fonts", TypesettingFont.values());
		return "content/typesetting";
	}

	private SiteSummary site(long siteId) {
		return sites.find(siteId).orElseThrow(() -> new NotFound("site", siteId));
	}

	private ChannelView channel(long channelId) {
		return channels.find(channelId).orElseThrow(() -> new NotFound("channel", channelId));
	}

	private String done(String target, String key, RedirectAttributes redirect) {
		redirect.addFlashAttribute("successMessage", message(key));
		return target;
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	/** The 一键排版 form; the ranges are checked here for the fields, and again by the service. */
	static class TypesettingForm {

		@NotNull
		private TypesettingFont font = TypesettingSettings.DEFAULTS.font();

		@NotNull
		@Min(TypesettingSettings.MIN_FONT_SIZE)
		@Max(TypesettingSettings.MAX_FONT_SIZE)
		private Integer fontSizePx = TypesettingSettings.DEFAULTS.fontSizePx();

		@NotNull
		@DecimalMin(value = "0", message = "{editorialSettings.typesetting.indentRange}")
		@DecimalMax(value = "4", message = "{editorialSettings.typesetting.indentRange}")
		private BigDecimal firstLineIndentEm = TypesettingSettings.DEFAULTS.firstLineIndentEm();

		@NotNull
		@DecimalMin(value = "1", message = "{editorialSettings.typesetting.lineHeightRange}")
		@DecimalMax(value = "3", message = "{editorialSettings.typesetting.lineHeightRange}")
		private BigDecimal lineHeight = TypesettingSettings.DEFAULTS.lineHeight();

		@NotNull
		@DecimalMin(value = "0", message = "{editorialSettings.typesetting.spacingRange}")
		@DecimalMax(value = "3", message = "{editorialSettings.typesetting.spacingRange}")
		private BigDecimal paragraphSpacingEm = TypesettingSettings.DEFAULTS.paragraphSpacingEm();

		static TypesettingForm of(TypesettingSettings settings) {
			TypesettingForm form = new TypesettingForm();
			form.font = settings.font();
			form.fontSizePx = settings.fontSizePx();
			form.firstLineIndentEm = settings.firstLineIndentEm().stripTrailingZeros();
			form.lineHeight = settings.lineHeight().stripTrailingZeros();
			form.paragraphSpacingEm = settings.paragraphSpacingEm().stripTrailingZeros();
			return form;
		}

		TypesettingSettings toSettings() {
			return new TypesettingSettings(font, fontSizePx, firstLineIndentEm, lineHeight, paragraphSpacingEm, true);
		}

		public TypesettingFont getFont() { return font; }
		public void setFont(TypesettingFont font) { this.font = font; }
		public Integer getFontSizePx() { return fontSizePx; }
		public void setFontSizePx(Integer fontSizePx) { this.fontSizePx = fontSizePx; }
		public BigDecimal getFirstLineIndentEm() { return firstLineIndentEm; }
		public void setFirstLineIndentEm(BigDecimal firstLineIndentEm) { this.firstLineIndentEm = firstLineIndentEm; }
		public BigDecimal getLineHeight() { return lineHeight; }
		public void setLineHeight(BigDecimal lineHeight) { this.lineHeight = lineHeight; }
		public BigDecimal getParagraphSpacingEm() { return paragraphSpacingEm; }
		public void setParagraphSpacingEm(BigDecimal paragraphSpacingEm) { this.paragraphSpacingEm = paragraphSpacingEm; }
	}
}
