package org.govsite.content.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.govsite.audit.AuditContext;
import org.govsite.audit.Audited;
import org.govsite.content.OutsideReleaseKind;
import org.govsite.content.OutsideReleases;
import org.govsite.identity.StaffAccess;
import org.govsite.identity.StaffRole;
import org.govsite.site.SiteDirectory;
import org.govsite.platform.BackOffice;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 新媒体及媒体发布登记: what a site released elsewhere, and whether its website carries it yet. */
@Controller
@BackOffice
class OutsideReleaseController {

	private final OutsideReleases releases;

	private final SiteDirectory sites;

	private final StaffAccess staff;

	private final MessageSource messages;

	OutsideReleaseController(OutsideReleases releases, SiteDirectory sites, StaffAccess staff, MessageSource messages) {
		this.releases = releases;
		this.sites = sites;
		this.staff = staff;
		this.messages = messages;
	}

	/** The menu's entry: the sites the user edits, or straight to the only one. */
	@GetMapping("/admin/outside-releases")
	String sites(Model model) {
		Set<Long> edited = staff.sitesWith(StaffRole.EDITOR);
		if (edited.size() == 1) {
			return "redirect:/admin/sites/" + edited.iterator().next() + "/outside-releases";
		}
		model.addAttribute("sites", sites.all().stream().filter(site -> edited.contains(site.id())).toList());
		return "content/outside-release-sites";
	}

	@GetMapping("/admin/sites/{siteId}/outside-releases")
	String list(@PathVariable long siteId, Model model) {
		Map<String, String> kinds = new LinkedHashMap<>();
		for (OutsideReleaseKind kind : OutsideReleaseKind.values()) {
			kinds.put(kind.name(), message("content.outsideRelease.kind." + kind.name()));
		}
		model.addAttribute("siteId", siteId);
		model.addAttribute("kinds", kinds);
		model.addAttribute("releases", releases.ofSite(siteId));
		return "content/outside-releases";
	}

	@PostMapping("/admin/sites/{siteId}/outside-releases")
	@Audited(value = "content.registerOutsideRelease", objectType = "outsideRelease")
	String register(@PathVariable long siteId, @RequestParam(defaultValue = "NEW_MEDIA") OutsideReleaseKind kind,
			@RequestParam(defaultValue = "") String outlet, @RequestParam(defaultValue = "") String title,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate releasedOn,
			@RequestParam(required = false) @Nullable String link, RedirectAttributes redirect) {
		AuditContext.objectId(releases.register(siteId, kind, outlet, title, releasedOn, link));
		redirect.addFlashAttribute("successMessage", message("content.outsideRelease.registered"));
		return "redirect:/admin/sites/" + siteId + "/outside-releases";
	}

	@PostMapping("/admin/sites/{siteId}/outside-releases/{releaseId}/match")
	@Audited(value = "content.matchOutsideRelease", objectType = "outsideRelease", objectIdParameter = "releaseId")
	String match(@PathVariable long siteId, @PathVariable long releaseId, @RequestParam long documentId,
			RedirectAttributes redirect) {
		releases.match(siteId, releaseId, documentId);
		redirect.addFlashAttribute("successMessage", message("content.outsideRelease.matched"));
		return "redirect:/admin/sites/" + siteId + "/outside-releases";
	}

	private String message(String code, Object... arguments) {
		return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}
}
