package org.govsite.servicecatalog.web;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.govsite.platform.RuleViolation;
import org.govsite.servicecatalog.CaseQueries;
import org.govsite.servicecatalog.CaseQueryLimit;
import org.govsite.servicecatalog.CaseStatus;
import org.govsite.servicecatalog.ServiceCatalog;
import org.govsite.servicecatalog.ServiceEntry;
import org.govsite.servicecatalog.ServiceItemView;
import org.govsite.servicecatalog.ServiceTarget;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 办事服务's public pages (roles public and all): a site's entry by target and theme (the portal's
 * covers the group), a guide with its materials to download, and 办件查询. What staff or the
 * 政务服务 system wrote is shown as text.
 */
@Controller
class ServicePageController {

	private final ServiceCatalog catalog;

	private final CaseQueries cases;

	private final MessageSource messages;

	private final CaseQueryLimit limit;

	ServicePageController(ServiceCatalog catalog, CaseQueries cases, CaseQueryLimit limit, MessageSource messages) {
		this.catalog = catalog;
		this.cases = cases;
		this.limit = limit;
		this.messages = messages;
	}

	@GetMapping("/services")
	String entry(@RequestParam String site, @RequestParam(defaultValue = "PERSON") ServiceTarget target,
			@RequestParam(required = false) @Nullable String theme, HttpServletResponse response, Model model) {
		Optional<ServiceEntry> entry = catalog.entry(site, target, theme);
		if (entry.isEmpty()) {
			response.setStatus(404);
			model.addAttribute("error", text("servicecatalog.site.unknown"));
			return "servicecatalog/missing";
		}
		model.addAttribute("entry", entry.get());
		model.addAttribute("targets", ServiceTarget.values());
		return "servicecatalog/entry";
	}

	@GetMapping("/services/guides/{itemId}")
	String guide(@PathVariable long itemId, HttpServletResponse response, Model model) {
		Optional<ServiceItemView> item = catalog.publicGuide(itemId);
		if (item.isEmpty()) {
			response.setStatus(404);
			model.addAttribute("error", text("servicecatalog.site.unknown"));
			return "servicecatalog/missing";
		}
		model.addAttribute("item", item.get());
		model.addAttribute("guide", item.get().guide());
		return "servicecatalog/guide";
	}

	/** A guide's file, as an attachment with its own name and a type that no browser sniffs further. */
	@GetMapping("/services/files/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable long fileId) {
		return catalog.publicFile(fileId)
			.map(file -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(file.contentType()))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
				.header("X-Content-Type-Options", "nosniff")
				.body(file.content()))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	@GetMapping("/services/cases")
	String query(@RequestParam(required = false) @Nullable String number, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		model.addAttribute("number", number == null ? "" : number);
		if (number == null || number.isBlank()) {
			return "servicecatalog/case";
		}
		if (!limit.tryTake(request.getRemoteAddr())) {
			response.setStatus(429);
			response.setHeader(HttpHeaders.RETRY_AFTER, "60");
			model.addAttribute("error", text("servicecatalog.case.tooMany"));
			return "servicecatalog/case";
		}
		try {
			Optional<CaseStatus> found = cases.find(number);
			if (found.isEmpty()) {
				response.setStatus(404);
				model.addAttribute("error", text("servicecatalog.case.unknown"));
			}
			else {
				model.addAttribute("status", found.get());
			}
		}
		catch (RuleViolation refused) {
			response.setStatus(400);
			model.addAttribute("error", text(refused.code()));
		}
		return "servicecatalog/case";
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}
}
