package org.govsite.site.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.govsite.audit.AuditContext;
import org.govsite.audit.Audited;
import org.govsite.platform.BackOffice;
import org.govsite.platform.NotFound;
import org.govsite.site.ChangeRecordView;
import org.govsite.site.GoLiveRefused;
import org.govsite.site.HistoryEntry;
import org.govsite.site.LifecycleStep;
import org.govsite.site.NewMediaAccountView;
import org.govsite.site.NoticeView;
import org.govsite.site.ReportingTaskView;
import org.govsite.site.SiteDataRejected;
import org.govsite.site.SiteManagement;
import org.govsite.site.SiteSummary;
import org.govsite.site.SiteView;
import org.govsite.site.StepInput;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The site group over HTTP: sites, their lifecycle, history, change records and 政务新媒体 accounts. */
@RestController
@BackOffice
@RequestMapping("/api/v1/sites")
@Tag(name = "站群管理", description = "站点、标识码与备案、生命周期、信息变更与政务新媒体账号")
class SiteApiController {

	private final SiteManagement sites;

	private final MessageSource messages;

	SiteApiController(SiteManagement sites, MessageSource messages) {
		this.sites = sites;
		this.messages = messages;
	}

	/** A new site: its registration and who runs it. */
	record SiteRequest(@Valid @NotNull RegistrationForm registration, @Valid @NotNull ProfileForm profile) {
	}

	/** A change: the profile always, the registration (the system administrator's) when given. */
	record SiteUpdate(@Valid @Nullable RegistrationForm registration, @Valid @NotNull ProfileForm profile) {
	}

	@GetMapping
	@Operation(summary = "全部站点，门户网站在前")
	List<SiteSummary> list() {
		return sites.sites();
	}

	@PostMapping
	@Operation(summary = "申请开设站点")
	@Audited(value = "site.create", objectType = "site")
	ResponseEntity<SiteView> create(@Valid @RequestBody SiteRequest request) {
		long id = sites.apply(request.registration().toRegistration(), request.profile().toProfile());
		AuditContext.objectId(id);
		return ResponseEntity.created(URI.create("/api/v1/sites/" + id)).body(sites.site(id));
	}

	@GetMapping("/{siteId}")
	SiteView show(@PathVariable long siteId) {
		return sites.site(siteId);
	}

	@PutMapping("/{siteId}")
	@Operation(summary = "修改站点：主办信息，以及（系统管理员）标识码、域名与备案")
	@Audited(value = "site.update", objectType = "site", objectIdParameter = "siteId")
	SiteView update(@PathVariable long siteId, @Valid @RequestBody SiteUpdate update) {
		if (update.registration() != null) {
			sites.updateRegistration(siteId, update.registration().toRegistration());
		}
		sites.updateProfile(siteId, update.profile().toProfile());
		return sites.site(siteId);
	}

	@PostMapping("/{siteId}/lifecycle/{step}")
	@Operation(summary = "生命周期操作：approve, reject, go-online, request-offline, emergency-shutdown, start-closing, "
			+ "complete-closing, request-leave-supervision, approve-request, reject-request")
	@Audited(value = "site.lifecycle", objectType = "site", objectIdParameter = "siteId")
	SiteView step(@PathVariable long siteId, @PathVariable("step") String path,
			@Valid @RequestBody(required = false) @Nullable StepForm body) {
		sites.perform(siteId, step(path), input(body));
		return sites.site(siteId);
	}

	@GetMapping("/{siteId}/history")
	List<HistoryEntry> history(@PathVariable long siteId) {
		return sites.history(siteId);
	}

	@GetMapping("/{siteId}/change-records")
	List<ChangeRecordView> changeRecords(@PathVariable long siteId) {
		return sites.changeRecords(siteId);
	}

	@GetMapping("/{siteId}/notices")
	List<NoticeView> notices(@PathVariable long siteId) {
		return sites.notices(siteId);
	}

	@GetMapping("/{siteId}/reporting-tasks")
	List<ReportingTaskView> reportingTasks(@PathVariable long siteId) {
		return sites.reportingTasks(siteId);
	}

	@GetMapping("/{siteId}/new-media-accounts")
	List<NewMediaAccountView> newMediaAccounts(@PathVariable long siteId) {
		return sites.newMediaAccounts(siteId);
	}

	@PostMapping("/{siteId}/new-media-accounts")
	@Operation(summary = "登记政务新媒体账号")
	@Audited(value = "site.createNewMediaAccount", objectType = "newMediaAccount")
	ResponseEntity<NewMediaAccountView> createNewMediaAccount(@PathVariable long siteId,
			@Valid @RequestBody AccountForm account) {
		long id = sites.registerNewMediaAccount(siteId, account.toData());
		AuditContext.objectId(id);
		return ResponseEntity.created(URI.create("/api/v1/sites/" + siteId + "/new-media-accounts/" + id))
			.body(sites.newMediaAccount(siteId, id));
	}

	@PostMapping("/{siteId}/new-media-accounts/{accountId}/lifecycle/{step}")
	@Operation(summary = "政务新媒体账号的生命周期操作，步骤同站点")
	@Audited(value = "site.newMediaLifecycle", objectType = "newMediaAccount", objectIdParameter = "accountId")
	NewMediaAccountView accountStep(@PathVariable long siteId, @PathVariable long accountId,
			@PathVariable("step") String path, @Valid @RequestBody(required = false) @Nullable StepForm body) {
		sites.performOnNewMediaAccount(siteId, accountId, step(path), input(body));
		return sites.newMediaAccount(siteId, accountId);
	}

	/** 409, naming each missing item in the detail and, as codes, in {@code missing}. */
	@ExceptionHandler
	ProblemDetail goLiveRefused(GoLiveRefused refused) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				SiteConsoleAdvice.describe(messages, refused));
		problem.setTitle(message("error.rule.title", null));
		problem.setProperty("code", refused.code());
		problem.setProperty("missing", refused.missing());
		return problem;
	}

	/** 400, with the reason beside the field, as for a failed validation. */
	@ExceptionHandler
	ProblemDetail dataRejected(SiteDataRejected rejected) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message("error.invalid", null));
		problem.setTitle(message("error.invalid.title", null));
		Map<String, String> errors = new LinkedHashMap<>();
		errors.put(rejected.field(), message(rejected.code(), rejected.arguments()));
		problem.setProperty("errors", errors);
		problem.setProperty("code", rejected.code());
		return problem;
	}

	private static LifecycleStep step(String path) {
		return LifecycleStep.fromPath(path).orElseThrow(() -> new NotFound("lifecycleStep", path));
	}

	private static StepInput input(@Nullable StepForm body) {
		return body == null ? StepInput.none() : body.toInput();
	}

	private String message(String code, Object @Nullable [] arguments) {
		return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}
}
