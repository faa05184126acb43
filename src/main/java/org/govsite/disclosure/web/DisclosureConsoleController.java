package org.govsite.disclosure.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.govsite.audit.AuditContext;
import org.govsite.audit.Audited;
import org.govsite.disclosure.ApplicationRejected;
import org.govsite.disclosure.Delivery;
import org.govsite.disclosure.DisclosureRequests;
import org.govsite.disclosure.LetterFormat;
import org.govsite.disclosure.FeeMethod;
import org.govsite.disclosure.LegalPersonKind;
import org.govsite.disclosure.Outcome;
import org.govsite.disclosure.ReceiptChannel;
import org.govsite.disclosure.ReplyType;
import org.govsite.disclosure.RequestState;
import org.govsite.disclosure.StaffEntry;
import org.govsite.disclosure.Submitted;
import org.govsite.platform.BackOffice;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 依申请公开 in the console: the applications of the user's sites with what is due soon or overdue,
 * each application's clock and the steps taken on it, staff entry of applications that came in
 * person, by post or by fax, and the reply letter.
 */
@Controller
@BackOffice
class DisclosureConsoleController {

	private final DisclosureRequests requests;

	private final MessageSource messages;

	private final Clock clock;

	DisclosureConsoleController(DisclosureRequests requests, MessageSource messages, Clock clock) {
		this.requests = requests;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/admin/disclosure")
	String list(@RequestParam(required = false) @Nullable RequestState state, Model model) {
		model.addAttribute("requests", requests.list(state, 0, 200));
		model.addAttribute("urgent", requests.dueSoonOrOverdue());
		model.addAttribute("states", RequestState.values());
		model.addAttribute("state", state);
		return "disclosure/list";
	}

	@GetMapping("/admin/disclosure/new")
	String entryForm(Model model) {
		model.addAttribute("sites", requests.handledSiteList());
		model.addAttribute("channels", List.of(ReceiptChannel.IN_PERSON, ReceiptChannel.POST, ReceiptChannel.FAX));
		model.addAttribute("kinds", LegalPersonKind.values());
		model.addAttribute("deliveries", Delivery.values());
		model.addAttribute("today", LocalDate.now(clock));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ApplicationForm.forSite(""));
		}
		return "disclosure/new";
	}

	@PostMapping("/admin/disclosure")
	@Audited(value = "disclosure.enter", objectType = "disclosureRequest")
	String enter(@ModelAttribute("form") ApplicationForm form, @RequestParam ReceiptChannel channel,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate arrivedOn,
			@RequestParam(defaultValue = "false") boolean signedFor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate confirmedOn,
			Model model, RedirectAttributes redirect) {
		Submitted submitted;
		try {
			submitted = requests.enter(form.toApplication(), new StaffEntry(channel, arrivedOn, signedFor, confirmedOn));
		}
		catch (ApplicationRejected rejected) {
			model.addAttribute("errorMessage", message(rejected.messageKey()));
			model.addAttribute("errorField", rejected.field());
			return entryForm(model);
		}
		AuditContext.objectId(submitted.id());
		redirect.addFlashAttribute("successMessage", message("disclosure.console.entered", submitted.number(), submitted.queryCode()));
		return "redirect:/admin/disclosure/" + submitted.id();
	}

	@GetMapping("/admin/disclosure/{id}")
	@Audited(value = "disclosure.read", objectType = "disclosureRequest")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("request", requests.detail(id));
		model.addAttribute("replyTypes", ReplyType.values());
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("withholdingReasons", Outcome.withholdingReasons());
		model.addAttribute("feeMethods", FeeMethod.values());
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("correctionDays", DisclosureRequests.CORRECTION_WORKING_DAYS);
		return "disclosure/detail";
	}

	@PostMapping("/admin/disclosure/{id}/correction")
	@Audited(value = "disclosure.correction", objectType = "disclosureRequest")
	String correction(@PathVariable long id, @RequestParam String items, @RequestParam int workingDays, RedirectAttributes redirect) {
		requests.requestCorrection(id, items, workingDays);
		return done(id, redirect);
	}

	@PostMapping("/admin/disclosure/{id}/corrected")
	@Audited(value = "disclosure.corrected", objectType = "disclosureRequest")
	String corrected(@PathVariable long id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) @Nullable String lateReason, RedirectAttributes redirect) {
		requests.correctionArrived(id, on, lateReason);
		return done(id, redirect);
	}

	@PostMapping("/admin/disclosure/{id}/third-party")
	@Audited(value = "disclosure.thirdParty", objectType = "disclosureRequest")
	String thirdParty(@PathVariable long id, @RequestParam String whom, RedirectAttributes redirect) {
		requests.consultThirdParty(id, whom);
		return done(id, redirect);
	}

	@PostMapping("/admin/disclosure/{id}/third-party-answer")
	@Audited(value = "disclosure.thirdPartyAnswered", objectType = "disclosureRequest")
	String thirdPartyAnswered(@PathVariable long id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			RedirectAttributes redirect) {
		requests.thirdPartyAnswered(id, on);
		return done(id, redirect);
	}

	@PostMapping("/admin/disclosure/{id}/fee")
	@Audited(value = "disclosure.fee", objectType = "disclosureRequest")
	String fee(@PathVariable long id, @RequestParam FeeMethod method, @RequestParam int quantity, RedirectAttributes redirect) {
		int amount = requests.noticeFee(id, method, quantity);
		redirect.addFlashAttribute("successMessage", message("disclosure.console.feeNoticed", amount));
		return "redirect:/admin/disclosure/" + id;
	}

	@PostMapping("/admin/disclosure/{id}/fee-paid")
	@Audited(value = "disclosure.feePaid", objectType = "disclosureRequest")
	String feePaid(@PathVariable long id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			RedirectAttributes redirect) {
		requests.feePaid(id, on);
		return done(id, redirect);
	}

	@PostMapping("/admin/disclosure/{id}/extension")
	@Audited(value = "disclosure.extend", objectType = "disclosureRequest")
	String extend(@PathVariable long id, @RequestParam int workingDays, @RequestParam String approvedBy,
			@RequestParam String reason, RedirectAttributes redirect) {
		requests.extend(id, workingDays, approvedBy, reason);
		return done(id, redirect);
	}

	@PostMapping("/admin/disclosure/{id}/reply")
	@Audited(value = "disclosure.reply", objectType = "disclosureRequest")
	String reply(@PathVariable long id, @RequestParam ReplyType type, @RequestParam Outcome outcome,
			@RequestParam(required = false) @Nullable Outcome withheldReason, @RequestParam String text,
			RedirectAttributes redirect) {
		requests.reply(id, type, outcome, outcome == Outcome.PARTLY_DISCLOSED ? withheldReason : null, text);
		return done(id, redirect);
	}

	@PostMapping("/admin/disclosure/{id}/redirect")
	@Audited(value = "disclosure.redirect", objectType = "disclosureRequest")
	String redirectElsewhere(@PathVariable long id, @RequestParam String where, RedirectAttributes redirect) {
		requests.redirect(id, where);
		return done(id, redirect);
	}

	@GetMapping("/admin/disclosure/{id}/letter.docx")
	@Audited(value = "disclosure.letter", objectType = "disclosureRequest")
	ResponseEntity<byte[]> letter(@PathVariable long id) {
		return letter(id, LetterFormat.DOCX);
	}

	@GetMapping("/admin/disclosure/{id}/letter.pdf")
	@Audited(value = "disclosure.letter", objectType = "disclosureRequest")
	ResponseEntity<byte[]> letterPdf(@PathVariable long id) {
		return letter(id, LetterFormat.PDF);
	}

	private ResponseEntity<byte[]> letter(long id, LetterFormat format) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(format.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"reply-" + id + "." + format.extension() + "\"")
			.body(requests.letter(id, format));
	}

	private String done(long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("successMessage", message("disclosure.console.saved"));
		return "redirect:/admin/disclosure/" + id;
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}
}
