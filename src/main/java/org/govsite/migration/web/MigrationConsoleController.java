package org.govsite.migration.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.govsite.audit.Audited;
import org.govsite.migration.BulkImports;
import org.govsite.migration.BulkResult;
import org.govsite.migration.CrawlRules;
import org.govsite.migration.MigrationRequest;
import org.govsite.migration.MigrationView;
import org.govsite.migration.Migrations;
import org.govsite.migration.Redirects;
import org.govsite.platform.BackOffice;
import org.govsite.platform.ConsoleMenuItem;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * 网站迁移 in the console, for the system administrator and site managers: the migrations with their
 * progress, a new one, and each one's rules with their preview on a sample, crawl, section mapping,
 * import, report and the old site's closing.
 */
@Controller
@BackOffice
class MigrationConsoleController {

	private final Migrations migrations;

	private final Redirects redirects;

	private final BulkImports bulkImports;

	MigrationConsoleController(Migrations migrations, Redirects redirects, BulkImports bulkImports) {
		this.bulkImports = bulkImports;
		this.migrations = migrations;
		this.redirects = redirects;
	}

	@Bean
	static ConsoleMenuItem migrationMenuItem() {
		return new ConsoleMenuItem("menu.migration", "/admin/migrations", 470, user -> user.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(a -> a.equals("ROLE_SYSTEM_ADMIN") || a.matches("site:\\d+:SITE_MANAGER")));
	}

	@GetMapping("/admin/migrations")
	String list(Model model) {
		model.addAttribute("migrations", migrations.list());
		model.addAttribute("sites", migrations.sites());
		return "migration/list";
	}

	@PostMapping("/admin/migrations")
	@Audited(value = "migration.create", objectType = "migration")
	String create(@RequestParam long siteId, @RequestParam(required = false) @Nullable Long oldSiteId,
			@RequestParam String name, @RequestParam String startUrl, @RequestParam(defaultValue = "2") int concurrency,
			@RequestParam(defaultValue = "500") int delayMillis, @RequestParam(defaultValue = "10000") int maxPages,
			@RequestParam(required = false) @Nullable String sitemapUrl) {
		long id = migrations.create(new MigrationRequest(siteId, oldSiteId, name, startUrl, concurrency, delayMillis,
				maxPages, true, sitemapUrl));
		org.govsite.audit.AuditContext.objectId(id);
		return "redirect:/admin/migrations/" + id;
	}

	@GetMapping("/admin/migrations/{id}")
	String migration(@PathVariable long id, Model model) {
		MigrationView migration = migrations.find(id);
		model.addAttribute("migration", migration);
		model.addAttribute("rules", migration.rules());
		model.addAttribute("sections", migrations.sections(id));
		model.addAttribute("channels", migrations.channels(id));
		model.addAttribute("pages", migrations.pages(id, null, 200));
		model.addAttribute("unmapped", migrations.unmapped(id, 200));
		model.addAttribute("failedPages", migration.failed() > 0 ? migrations.pages(id, "FAILED", 200) : java.util.List.of());
		return "migration/migration";
	}

	/** The rules as the form has them, tried on a sample without saving. */
	@PostMapping("/admin/migrations/{id}/preview")
	@Audited(value = "migration.preview", objectType = "migration")
	String preview(@PathVariable long id, CrawlRules rules, Model model) {
		model.addAttribute("sample", migrations.preview(id, rules));
		migration(id, model);
		model.addAttribute("rules", rules);
		return "migration/migration";
	}

	@PostMapping("/admin/migrations/{id}/rules")
	@Audited(value = "migration.rules", objectType = "migration")
	String rules(@PathVariable long id, CrawlRules rules) {
		migrations.saveRules(id, rules);
		return "redirect:/admin/migrations/" + id;
	}

	@PostMapping("/admin/migrations/{id}/crawl")
	@Audited(value = "migration.crawl", objectType = "migration")
	String crawl(@PathVariable long id) {
		migrations.crawl(id);
		return "redirect:/admin/migrations/" + id;
	}

	@PostMapping("/admin/migrations/{id}/pause")
	@Audited(value = "migration.pause", objectType = "migration")
	String pause(@PathVariable long id) {
		migrations.pause(id);
		return "redirect:/admin/migrations/" + id;
	}

	@PostMapping("/admin/migrations/{id}/sections")
	@Audited(value = "migration.map", objectType = "migration")
	String map(@PathVariable long id, @RequestParam Map<String, String> form) {
		Map<String, Long> mapping = new LinkedHashMap<>();
		form.forEach((key, value) -> {
			if (key.startsWith("section:")) {
				mapping.put(key.substring("section:".length()), value.isBlank() ? null : Long.valueOf(value));
			}
		});
		migrations.map(id, mapping);
		return "redirect:/admin/migrations/" + id + "#sections";
	}

	@PostMapping("/admin/migrations/{id}/import")
	@Audited(value = "migration.import", objectType = "migration")
	String importDocuments(@PathVariable long id, @RequestParam(defaultValue = "true") boolean publish) {
		migrations.importDocuments(id, publish);
		return "redirect:/admin/migrations/" + id;
	}

	@PostMapping("/admin/migrations/{id}/close")
	@Audited(value = "migration.close", objectType = "migration")
	String close(@PathVariable long id, @RequestParam String reason) {
		migrations.closeOldSite(id, reason);
		return "redirect:/admin/migrations/" + id;
	}

	@GetMapping("/admin/migrations/bulk")
	String bulk(Model model) {
		model.addAttribute("targets", bulkImports.targets(migrations.sites()));
		return "migration/bulk";
	}

	@PostMapping("/admin/migrations/bulk")
	@Audited(value = "migration.bulk", objectType = "site", objectIdParameter = "siteId")
	String bulk(@RequestParam long siteId, @RequestParam(required = false) @Nullable Long channelId,
			@RequestParam MultipartFile file, Model model) throws java.io.IOException {
		BulkResult result = bulkImports.importFile(siteId, file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
				file.getBytes(), channelId);
		model.addAttribute("result", result);
		model.addAttribute("chosenSite", siteId);
		return bulk(model);
	}

	@GetMapping("/admin/migrations/redirects.map")
	@Audited(value = "migration.nginxMap", objectType = "migration")
	ResponseEntity<String> nginxMap() {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"govsite-migrated.map\"")
			.body(redirects.nginxMap());
	}
}
