package org.govsite.servicecatalog.web;

import java.io.IOException;
import java.util.List;

import org.govsite.audit.Audited;
import org.govsite.platform.BackOffice;
import org.govsite.platform.ConsoleMenuItem;
import org.govsite.platform.RuleViolation;
import org.govsite.servicecatalog.GuideCompleteness;
import org.govsite.servicecatalog.ImportResult;
import org.govsite.servicecatalog.ServiceCatalog;
import org.govsite.servicecatalog.ServiceItemFeed;
import org.govsite.servicecatalog.ServiceItemView;
import org.govsite.servicecatalog.ServiceTarget;
import org.govsite.servicecatalog.ServiceThemes;
import org.govsite.site.SiteSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 办事服务 in the console: a site's items with how complete their guides are, the guide form
 * (refused with the missing key elements named, the input kept), the xlsx template and import.
 */
@Controller
@BackOffice
class ServiceConsoleController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final ServiceCatalog catalog;

	private final MessageSource messages;

	private final ServiceItemFeed feed;

	ServiceConsoleController(ServiceCatalog catalog, ServiceItemFeed feed, MessageSource messages) {
		this.catalog = catalog;
		this.feed = feed;
		this.messages = messages;
	}

	@Bean
	static ConsoleMenuItem serviceMenuItem() {
		return new ConsoleMenuItem("menu.servicecatalog", "/admin/services", 470, user -> user.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(a -> a.equals("SYSTEM_ADMIN") || a.matches("site:\\d+:(SITE_MANAGER|EDITOR).*")));
	}

	@GetMapping("/admin/services")
	String sites(Model model) {
		List<SiteSummary> sites = catalog.editableSites();
		if (sites.size() == 1 && !feed.runsImport()) {
			return "redirect:/admin/services/" + sites.get(0).id();
		}
		model.addAttribute("sites", sites);
		if (feed.runsImport()) {
			model.addAttribute("feedConfigured", feed.configured());
			model.addAttribute("feedRun", feed.lastRun().orElse(null));
		}
		return "servicecatalog/sites";
	}

	@PostMapping("/admin/services/feed/import")
	@Audited("servicecatalog.feed.import")
	String importFeed(RedirectAttributes redirect) {
		try {
			feed.importNow();
		}
		catch (RuleViolation refused) {
			redirect.addFlashAttribute("feedError", messages.getMessage(refused.code(), refused.arguments(),
					LocaleContextHolder.getLocale()));
		}
		return "redirect:/admin/services";
	}

	@GetMapping("/admin/services/{siteId}")
	String items(@PathVariable long siteId, Model model) {
		List<ServiceItemView> items = catalog.items(siteId);
		model.addAttribute("site", site(siteId));
		model.addAttribute("items", items);
		model.addAttribute("files", catalog.files(siteId));
		model.addAttribute("missing", items.stream().map(item -> GuideCompleteness.missing(item.guide()).size()).toList());
		return "servicecatalog/items";
	}

	@GetMapping("/admin/services/{siteId}/new")
	String create(@PathVariable long siteId, Model model) {
		catalog.items(siteId);
		return form(model, site(siteId), null, GuideForm.empty(), null);
	}

	@PostMapping("/admin/services/{siteId}/new")
	@Audited(value = "servicecatalog.item.create", objectType = "site", objectIdParameter = "siteId")
	String create(@PathVariable long siteId, @ModelAttribute("form") GuideForm form, Model model,
			RedirectAttributes redirect) {
		try {
			long id = catalog.create(siteId, form.guide());
			redirect.addFlashAttribute("successMessage", text("servicecatalog.console.saved"));
			return "redirect:/admin/services/items/" + id;
		}
		catch (RuleViolation refused) {
			form.padMaterials();
			return form(model, site(siteId), null, form, refused);
		}
	}

	@GetMapping("/admin/services/items/{itemId}")
	String edit(@PathVariable long itemId, Model model) {
		ServiceItemView item = catalog.item(itemId);
		return form(model, site(item.siteId()), item, GuideForm.of(item.guide()), null);
	}

	@PostMapping("/admin/services/items/{itemId}")
	@Audited(value = "servicecatalog.item.update", objectType = "serviceItem", objectIdParameter = "itemId")
	String update(@PathVariable long itemId, @ModelAttribute("form") GuideForm form, Model model,
			RedirectAttributes redirect) {
		ServiceItemView item = catalog.item(itemId);
		try {
			catalog.update(itemId, form.guide());
			redirect.addFlashAttribute("successMessage", text("servicecatalog.console.saved"));
			return "redirect:/admin/services/items/" + itemId;
		}
		catch (RuleViolation refused) {
			form.padMaterials();
			return form(model, site(item.siteId()), item, form, refused);
		}
	}

	@PostMapping("/admin/services/items/{itemId}/delete")
	@Audited(value = "servicecatalog.item.delete", objectType = "serviceItem", objectIdParameter = "itemId")
	String delete(@PathVariable long itemId, RedirectAttributes redirect) {
		long siteId = catalog.item(itemId).siteId();
		catalog.delete(itemId);
		redirect.addFlashAttribute("successMessage", text("servicecatalog.console.deleted"));
		return "redirect:/admin/services/" + siteId;
	}

	@PostMapping("/admin/services/{siteId}/files")
	@Audited(value = "servicecatalog.file.upload", objectType = "site", objectIdParameter = "siteId")
	String upload(@PathVariable long siteId, @RequestParam(required = false) @Nullable MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("errorMessage", text("servicecatalog.import.noFile"));
			return "redirect:/admin/services/" + siteId;
		}
		String address = catalog.upload(siteId, java.util.Objects.requireNonNullElse(file.getOriginalFilename(), "file"),
				file.getBytes());
		redirect.addFlashAttribute("successMessage", messages.getMessage("servicecatalog.console.uploaded",
				new Object[] { address }, LocaleContextHolder.getLocale()));
		return "redirect:/admin/services/" + siteId;
	}

	@GetMapping("/admin/services/template.xlsx")
	ResponseEntity<byte[]> template() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"service-items-template.xlsx\"")
			.body(catalog.template());
	}

	@PostMapping("/admin/services/{siteId}/import")
	@Audited(value = "servicecatalog.item.import", objectType = "site", objectIdParameter = "siteId")
	String importWorkbook(@PathVariable long siteId, @RequestParam(required = false) @Nullable MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("errorMessage", text("servicecatalog.import.noFile"));
			return "redirect:/admin/services/" + siteId;
		}
		ImportResult result = catalog.importWorkbook(siteId, file.getBytes());
		if (result.refused()) {
			redirect.addFlashAttribute("importErrors", result.errors());
		}
		else {
			redirect.addFlashAttribute("successMessage",
					messages.getMessage("servicecatalog.console.imported",
							new Object[] { result.added(), result.updated() }, LocaleContextHolder.getLocale()));
		}
		return "redirect:/admin/services/" + siteId;
	}

	private String form(Model model, SiteSummary site, @Nullable ServiceItemView item, GuideForm form,
			@Nullable RuleViolation refused) {
		model.addAttribute("site", site);
		model.addAttribute("item", item);
		model.addAttribute("form", form);
		model.addAttribute("targets", ServiceTarget.values());
		model.addAttribute("personThemes", ServiceThemes.PERSON);
		model.addAttribute("legalThemes", ServiceThemes.LEGAL_PERSON);
		if (refused != null) {
			model.addAttribute("errorMessage",
					messages.getMessage(refused.code(), refused.arguments(), LocaleContextHolder.getLocale()));
		}
		return "servicecatalog/form";
	}

	private SiteSummary site(long siteId) {
		return catalog.editableSites().stream().filter(site -> site.id() == siteId).findFirst()
			.orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("servicecatalog"));
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}
}
