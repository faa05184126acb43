package org.govsite.secops.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.govsite.audit.AuditContext;
import org.govsite.audit.Audited;
import org.govsite.identity.StaffRole;
import org.govsite.platform.BackOffice;
import org.govsite.platform.ConsoleMenuItem;
import org.govsite.platform.RuleViolation;
import org.govsite.secops.CounterfeitSites;
import org.govsite.secops.PlanDocument;
import org.govsite.secops.Readiness;
import org.govsite.secops.ScanImport;
import org.govsite.secops.Vulnerabilities;
import org.govsite.site.SiteDirectory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
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
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 安全运维 in the console, the security administrator's alone: scans and findings, counterfeit
 * sites, and the duty roster, emergency plan and drills. A refused form comes back with what was
 * typed and the reason.
 */
@Controller
@BackOffice
class SecopsConsoleController {

	private final Vulnerabilities vulnerabilities;

	private final CounterfeitSites counterfeits;

	private final Readiness readiness;

	private final SiteDirectory sites;

	private final MessageSource messages;

	SecopsConsoleController(Vulnerabilities vulnerabilities, CounterfeitSites counterfeits, Readiness readiness,
			SiteDirectory sites, MessageSource messages) {
		this.vulnerabilities = vulnerabilities;
		this.counterfeits = counterfeits;
		this.readiness = readiness;
		this.sites = sites;
		this.messages = messages;
	}

	@Bean
	static ConsoleMenuItem secopsMenuItem() {
		return new ConsoleMenuItem("menu.secops", "/admin/secops", 490, user -> user.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(StaffRole.SECURITY_ADMIN.authority()::equals));
	}

	// --- scans and findings --------------------------------------------------------------------

	@GetMapping("/admin/secops")
	String findings(@RequestParam(defaultValue = "false") boolean all, Model model) {
		model.addAttribute("findings", vulnerabilities.findings(null, !all));
		model.addAttribute("unscanned", vulnerabilities.unscanned());
		model.addAttribute("all", all);
		return "secops/findings";
	}

	@PostMapping("/admin/secops/scans")
	@Audited(value = "secops.scan.import", objectType = "scan")
	String importScan(@RequestParam MultipartFile file, Model model) throws IOException {
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
		ScanImport result = vulnerabilities.importFile(name, file.getBytes());
		AuditContext.detail(name + ": " + (result.imported()
				? "scans " + result.scans() + ", new " + result.created() + ", updated " + result.updated()
				: "refused, " + result.errors().size() + " errors"));
		model.addAttribute("result", result);
		if (!result.imported()) {
			unprocessable();
		}
		return findings(false, model);
	}

	@PostMapping("/admin/secops/findings/{id}/fix")
	@Audited(value = "secops.finding.fix", objectType = "finding")
	String fix(@PathVariable long id, @RequestParam String note, RedirectAttributes redirect) {
		vulnerabilities.fix(id, note);
		return done(redirect, "/admin/secops");
	}

	@PostMapping("/admin/secops/findings/{id}/verify")
	@Audited(value = "secops.finding.verify", objectType = "finding")
	String verify(@PathVariable long id, RedirectAttributes redirect) {
		vulnerabilities.verify(id);
		return done(redirect, "/admin/secops");
	}

	// --- counterfeit sites ---------------------------------------------------------------------

	@GetMapping("/admin/secops/counterfeits")
	String counterfeits(Model model) {
		model.addAttribute("counterfeits", counterfeits.all());
		model.addAttribute("sites", sites.all());
		model.addAttribute("form", model.getAttribute("form") == null ? Map.of() : model.getAttribute("form"));
		return "secops/counterfeits";
	}

	@PostMapping("/admin/secops/counterfeits")
	@Audited(value = "secops.counterfeit.record", objectType = "counterfeit")
	String record(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		try {
			long id = counterfeits.record(form.getOrDefault("domain", ""), number(form.get("siteId")),
					form.get("description"), form.get("reporter"), day(form.get("reportedOn")));
			AuditContext.objectId(id);
			AuditContext.detail(form.getOrDefault("domain", ""));
			return done(redirect, "/admin/secops/counterfeits");
		}
		catch (RuleViolation refused) {
			return refused(refused, form, model, () -> counterfeits(model));
		}
	}

	@PostMapping("/admin/secops/counterfeits/{id}/advance")
	@Audited(value = "secops.counterfeit.advance", objectType = "counterfeit")
	String advance(@PathVariable long id, @RequestParam(required = false) @Nullable String note,
			@RequestParam(required = false) @Nullable String on, RedirectAttributes redirect) {
		AuditContext.detail(counterfeits.advance(id, note, day(on)).name());
		return done(redirect, "/admin/secops/counterfeits");
	}

	// --- duty, plans and drills ----------------------------------------------------------------

	@GetMapping("/admin/secops/readiness")
	String readiness(Model model) {
		model.addAttribute("duties", readiness.duties());
		model.addAttribute("heightened", readiness.heightened());
		model.addAttribute("plans", readiness.plans());
		model.addAttribute("drills", readiness.drills());
		model.addAttribute("sites", sites.all());
		model.addAttribute("form", model.getAttribute("form") == null ? Map.of() : model.getAttribute("form"));
		return "secops/readiness";
	}

	@PostMapping("/admin/secops/duties")
	@Audited(value = "secops.duty.add", objectType = "duty")
	String duty(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		return readinessForm(form, model, redirect, () -> readiness.addDuty(required(form, "startsOn"),
				required(form, "endsOn"), form.getOrDefault("person", ""), form.getOrDefault("phone", "")));
	}

	@PostMapping("/admin/secops/heightened")
	@Audited(value = "secops.heightened.add", objectType = "heightened")
	String heightened(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		return readinessForm(form, model, redirect, () -> readiness.addHeightened(required(form, "startsOn"),
				required(form, "endsOn"), form.getOrDefault("reason", "")));
	}

	@PostMapping("/admin/secops/plans")
	@Audited(value = "secops.plan.add", objectType = "plan")
	String plan(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		return readinessForm(form, model, redirect, () -> readiness.addPlan(form.getOrDefault("title", ""),
				form.getOrDefault("version", ""), form.getOrDefault("filedWith", ""), day(form.get("filedOn"))));
	}

	@PostMapping("/admin/secops/plans/{id}/document")
	@Audited(value = "secops.plan.document", objectType = "plan")
	String planDocument(@PathVariable long id, @RequestParam("document") MultipartFile document, Model model,
			RedirectAttributes redirect) throws IOException {
		try {
			String name = readiness.attachPlanDocument(id, String.valueOf(document.getOriginalFilename()), document.getBytes());
			redirect.addFlashAttribute("successMessage", text("secops.plan.document.saved", name));
			return "redirect:/admin/secops/readiness";
		}
		catch (RuleViolation refused) {
			return refused(refused, Map.of(), model, () -> readiness(model));
		}
	}

	/** The plan's document to the security administrator, as a download that the browser does not open as a page. */
	@GetMapping("/admin/secops/plans/{id}/document")
	@Audited(value = "secops.plan.download", objectType = "plan")
	ResponseEntity<byte[]> planDocument(@PathVariable long id) {
		PlanDocument document = readiness.planDocument(id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(document.name(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(document.content());
	}

	@PostMapping("/admin/secops/drills")
	@Audited(value = "secops.drill.add", objectType = "drill")
	String drill(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		return readinessForm(form, model, redirect, () -> readiness.addDrill(required(form, "heldOn"),
				form.getOrDefault("scenario", ""), form.getOrDefault("participants", ""), form.get("findings"),
				number(form.get("siteId"))));
	}

	/** Adds to the roster, plans or drills and goes back to the page; refused, the page again with the form. */
	private String readinessForm(Map<String, String> form, Model model, RedirectAttributes redirect,
			java.util.function.LongSupplier add) {
		try {
			AuditContext.objectId(add.getAsLong());
			return done(redirect, "/admin/secops/readiness");
		}
		catch (RuleViolation refused) {
			return refused(refused, form, model, () -> readiness(model));
		}
	}

	// ------------------------------------------------------------------------------------------

	private String done(RedirectAttributes redirect, String to) {
		redirect.addFlashAttribute("successMessage", text("secops.saved"));
		return "redirect:" + to;
	}

	/** The page again, with what was typed and why it was refused. */
	private String refused(RuleViolation refused, Map<String, String> form, Model model, java.util.function.Supplier<String> page) {
		model.addAttribute("errorMessage", text(refused.code(), refused.arguments()));
		model.addAttribute("form", form);
		unprocessable();
		return page.get();
	}

	/** A refused form answers 422, so that its audit record says it failed. */
	private static void unprocessable() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
				&& request.getResponse() != null) {
			request.getResponse().setStatus(422);
		}
	}

	private static LocalDate required(Map<String, String> form, String key) {
		LocalDate day = day(form.get(key));
		if (day == null) {
			throw new RuleViolation("secops.date.missing");
		}
		return day;
	}

	private static @Nullable LocalDate day(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw new RuleViolation("secops.date.invalid", text.strip());
		}
	}

	private static @Nullable Long number(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			throw new RuleViolation("secops.site.invalid");
		}
	}

	private String text(String code, Object... arguments) {
		return messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale());
	}
}
