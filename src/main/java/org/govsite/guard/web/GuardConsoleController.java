package org.govsite.guard.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.govsite.audit.Audited;
import org.govsite.guard.ContentGuard;
import org.govsite.guard.FindingCategory;
import org.govsite.guard.FindingLevel;
import org.govsite.guard.GuardManagement;
import org.govsite.guard.GuardRefusal;
import org.govsite.guard.SiteFinding;
import org.govsite.guard.FindingMessages;
import org.govsite.identity.StaffRole;
import org.govsite.platform.BackOffice;
import org.govsite.platform.ConsoleMenuItem;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 内容安全 in the console: the dictionaries and the whitelist (system administrator), the findings
 * of the daily scan per site (each site's managers), and a page where any staff member checks a
 * text before using it.
 */
@Controller
@BackOffice
class GuardConsoleController {

	private final GuardManagement guard;

	private final ContentGuard check;

	private final FindingMessages findingMessages;

	private final SiteDirectory sites;

	private final MessageSource messages;

	GuardConsoleController(GuardManagement guard, ContentGuard check, FindingMessages findingMessages, SiteDirectory sites,
			MessageSource messages) {
		this.guard = guard;
		this.check = check;
		this.findingMessages = findingMessages;
		this.sites = sites;
		this.messages = messages;
	}

	/** A finding of the check page, as shown. */
	record ShownFinding(String category, String level, boolean blocking, String message, String excerpt,
			@Nullable String suggestion, int position) {
	}

	@GetMapping("/admin/guard")
	String dictionaries(@RequestParam(required = false) @Nullable String category, Model model) {
		FindingCategory shown = category == null ? null : categoryOf(category);
		model.addAttribute("entries", guard.entries().stream().filter(e -> shown == null || e.category() == shown).toList());
		model.addAttribute("knownWords", guard.knownWords());
		model.addAttribute("categories", List.of(FindingCategory.values()).stream().filter(FindingCategory::inDictionary).toList());
		model.addAttribute("levels", FindingLevel.values());
		model.addAttribute("shownCategory", shown);
		return "guard/dictionaries";
	}

	@PostMapping("/admin/guard/entries")
	@Audited(value = "guard.entry.save", objectType = "guardEntry", objectIdParameter = "pattern")
	String saveEntry(@RequestParam String category, @RequestParam String level, @RequestParam String pattern,
			@RequestParam(required = false) @Nullable String suggestion, RedirectAttributes redirect) {
		FindingCategory known = categoryOf(category);
		FindingLevel knownLevel = levelOf(level);
		if (known == null || knownLevel == null) {
			throw new GuardRefusal("guard.entry.invalid");
		}
		guard.saveEntry(known, knownLevel, pattern, suggestion);
		return saved(redirect, "guard.console.saved");
	}

	@PostMapping("/admin/guard/entries/{id}/delete")
	@Audited(value = "guard.entry.delete", objectType = "guardEntry")
	String deleteEntry(@PathVariable long id, RedirectAttributes redirect) {
		guard.deleteEntry(id);
		return saved(redirect, "guard.console.deleted");
	}

	@PostMapping("/admin/guard/words")
	@Audited(value = "guard.word.save", objectType = "guardWord", objectIdParameter = "word")
	String saveWord(@RequestParam String word, RedirectAttributes redirect) {
		guard.saveKnownWord(word);
		return saved(redirect, "guard.console.saved");
	}

	@PostMapping("/admin/guard/words/delete")
	@Audited(value = "guard.word.delete", objectType = "guardWord", objectIdParameter = "word")
	String deleteWord(@RequestParam String word, RedirectAttributes redirect) {
		guard.deleteKnownWord(word);
		return saved(redirect, "guard.console.deleted");
	}

	/** Imports a plain-text dictionary or whitelist, pasted or uploaded. */
	@PostMapping("/admin/guard/import")
	@Audited(value = "guard.import", objectType = "guardDictionary", objectIdParameter = "list")
	String importText(@RequestParam String list, @RequestParam(required = false) @Nullable String text,
			@RequestParam(required = false) org.springframework.web.multipart.@Nullable MultipartFile file,
			RedirectAttributes redirect) throws java.io.IOException {
		boolean workbook = file != null && !file.isEmpty() && file.getOriginalFilename() != null
				&& file.getOriginalFilename().toLowerCase(Locale.ROOT).endsWith(".xlsx");
		String content = file != null && !file.isEmpty() && !workbook ? new String(file.getBytes(), StandardCharsets.UTF_8)
				: text == null ? "" : text;
		int count = "whitelist".equals(list) ? guard.importKnownWords(content)
				: workbook ? guard.importWorkbook(file.getBytes()) : guard.importEntries(content);
		redirect.addFlashAttribute("successMessage",
				messages.getMessage("guard.console.imported", new Object[] { count }, Locale.SIMPLIFIED_CHINESE));
		return "redirect:/admin/guard";
	}

	@GetMapping("/admin/guard/export/dictionary.xlsx")
	ResponseEntity<byte[]> exportWorkbook() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("guard-dictionary.xlsx").build().toString())
			.body(guard.exportWorkbook());
	}

	@GetMapping("/admin/guard/export/{list}")
	ResponseEntity<String> export(@PathVariable String list) {
		boolean whitelist = "whitelist".equals(list);
		String text = whitelist ? guard.exportKnownWords() : guard.exportEntries();
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(whitelist ? "guard-whitelist.txt" : "guard-dictionary.txt")
				.build()
				.toString())
			.body(text);
	}

	@GetMapping("/admin/guard/check")
	@PreAuthorize("hasAuthority('STAFF')")
	String checkPage() {
		return "guard/check";
	}

	/** Checks a text; changes nothing, but what was checked is on the record. */
	@PostMapping("/admin/guard/check")
	@PreAuthorize("hasAuthority('STAFF')")
	@Audited(value = "guard.check", objectType = "guardCheck")
	String checkText(@RequestParam String text, Model model) {
		model.addAttribute("text", text);
		model.addAttribute("findings", check.check(text).findings().stream()
			.map(f -> new ShownFinding(findingMessages.category(f.category()),
					messages.getMessage("guard.level." + f.level().code(), null, Locale.SIMPLIFIED_CHINESE), f.blocking(),
					findingMessages.describe(f), f.excerpt(), f.suggestion(), f.start()))
			.toList());
		return "guard/check";
	}

	/** How far back the findings page shows each site's trend. */
	private static final int TREND_DAYS = 30;

	/** The open rectification items of the sites the user manages, per site, and their trend. */
	@GetMapping("/admin/guard/findings")
	@PreAuthorize("hasAuthority('STAFF')")
	String findings(Model model) {
		Map<Long, String> names = sites.all().stream().collect(Collectors.toMap(SiteSummary::id, SiteSummary::name));
		Map<String, List<SiteFinding>> bySite = guard.openFindings().stream()
			.collect(Collectors.groupingBy(f -> names.getOrDefault(f.siteId(), String.valueOf(f.siteId())),
					java.util.TreeMap::new, Collectors.toList()));
		model.addAttribute("bySite", bySite);
		model.addAttribute("trends", guard.trends(TREND_DAYS).stream()
			.collect(Collectors.toMap(t -> names.getOrDefault(t.siteId(), String.valueOf(t.siteId())), Function.identity(),
					(a, b) -> a, java.util.TreeMap::new)));
		model.addAttribute("categoryNames", List.of(FindingCategory.values()).stream()
			.collect(Collectors.toMap(Function.identity(), findingMessages::category)));
		return "guard/findings";
	}

	/** The category of a code from the address or a form; null for an unknown one (the address was typed). */
	private static @Nullable FindingCategory categoryOf(String code) {
		try {
			return code.isBlank() ? null : FindingCategory.ofCode(code);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static @Nullable FindingLevel levelOf(String code) {
		try {
			return FindingLevel.ofCode(code);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static String saved(RedirectAttributes redirect, String key) {
		redirect.addFlashAttribute("noticeKey", key);
		return "redirect:/admin/guard";
	}

	@Configuration(proxyBeanMethods = false)
	@BackOffice
	static class Menu {

		@Bean
		ConsoleMenuItem guardMenuItem() {
			return ConsoleMenuItem.forAuthorities("menu.guard", "/admin/guard", 56, StaffRole.SYSTEM_ADMIN.authority());
		}

		@Bean
		ConsoleMenuItem guardCheckMenuItem() {
			return ConsoleMenuItem.forAuthorities("menu.guard.check", "/admin/guard/check", 57, "STAFF");
		}

		@Bean
		ConsoleMenuItem guardFindingsMenuItem() {
			return ConsoleMenuItem.forAuthorities("menu.guard.findings", "/admin/guard/findings", 58, "STAFF");
		}
	}
}
