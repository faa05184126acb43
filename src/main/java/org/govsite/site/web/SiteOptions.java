package org.govsite.site.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsite.platform.BackOffice;
import org.govsite.site.NewMediaPlatform;
import org.govsite.site.SiteKind;
import org.govsite.site.SiteState;
import org.govsite.site.SiteSummary;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The choices the site forms offer, as value-to-label maps for {@code fragments/forms :: select}. */
@Component
@BackOffice
class SiteOptions {

	private final MessageSource messages;

	SiteOptions(MessageSource messages) {
		this.messages = messages;
	}

	/** Kinds, portals to belong to (not the site itself) and 等保 levels. */
	void forRegistration(Model model, List<SiteSummary> sites, @org.jspecify.annotations.Nullable Long siteId) {
		Map<String, String> kinds = new LinkedHashMap<>();
		for (SiteKind kind : SiteKind.values()) {
			kinds.put(kind.name(), label("site.kind." + kind.name()));
		}
		Map<String, String> portals = new LinkedHashMap<>();
		portals.put("", label("site.field.parentId.none"));
		sites.stream()
			.filter(site -> site.kind() == SiteKind.PORTAL && !Long.valueOf(site.id()).equals(siteId))
			.forEach(site -> portals.put(String.valueOf(site.id()), site.name()));
		Map<String, String> levels = new LinkedHashMap<>();
		levels.put("", label("site.field.securityLevel.none"));
		for (int level = 1; level <= 5; level++) {
			levels.put(String.valueOf(level), messages.getMessage("site.securityLevel.value", new Object[] { level },
					LocaleContextHolder.getLocale()));
		}
		model.addAttribute("kindOptions", kinds);
		model.addAttribute("parentOptions", portals);
		model.addAttribute("levelOptions", levels);
	}

	void forAccount(Model model) {
		Map<String, String> platforms = new LinkedHashMap<>();
		for (NewMediaPlatform platform : NewMediaPlatform.values()) {
			platforms.put(platform.name(), label("site.platform." + platform.name()));
		}
		model.addAttribute("platformOptions", platforms);
	}

	/** Where a closing site's content may go: the other online sites. */
	static List<SiteSummary> migrationTargets(List<SiteSummary> sites, long siteId) {
		return sites.stream().filter(site -> site.state() == SiteState.ONLINE && site.id() != siteId).toList();
	}

	private String label(String code) {
		return messages.getMessage(code, null, LocaleContextHolder.getLocale());
	}
}
