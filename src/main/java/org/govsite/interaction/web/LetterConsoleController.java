package org.govsite.interaction.web;

import java.util.List;

import org.govsite.audit.AuditContext;
import org.govsite.audit.Audited;
import org.govsite.interaction.ErrorReports;
import org.govsite.interaction.LetterHandling;
import org.govsite.interaction.Letters;
import org.govsite.interaction.MailboxKind;
import org.govsite.interaction.MailboxSettings;
import org.govsite.platform.BackOffice;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 来信办理 in the console: the letters of the user's sites, one letter with what may be done to
 * it now, and the sites' mailboxes. Contact details are masked; showing them in the clear is
 * audited as a reading of its own.
 */
@Controller
@BackOffice
@RequestMapping("/admin/letters")
class LetterConsoleController {

	private final LetterHandling handling;

	private final Letters letters;

	private final ErrorReports errorReports;

	LetterConsoleController(LetterHandling handling, Letters letters, ErrorReports errorReports) {
		this.handling = handling;
		this.letters = letters;
		this.errorReports = errorReports;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("letters", handling.mine());
		model.addAttribute("mailboxes", handling.mailboxes());
		model.addAttribute("figures", handling.mailboxes().stream().map(letters::figures).toList());
		model.addAttribute("kinds", MailboxKind.values());
		model.addAttribute("managedSites", handling.managedSites());
		model.addAttribute("errorReports", errorReports.mine());
		model.addAttribute("errorFigures", errorReports.figuresOfMine());
		return "interaction/console-list";
	}

	@GetMapping("/{id}")
	String letter(@PathVariable long id, Model model) {
		model.addAttribute("letter", handling.detail(id));
		model.addAttribute("attachments", handling.attachments(id));
		return "interaction/console-letter";
	}

	/** What the citizen sent, as a file to save: reading it is audited like the contact details. */
	@GetMapping("/{id}/attachments/{attachmentId}")
	@Audited(value = "interaction.letter.attachment", objectType = "letter")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
		AuditContext.detail("附件 " + attachmentId);
		return AttachmentResponses.download(handling.attachment(id, attachmentId));
	}

	@PostMapping("/{id}/attachments/{attachmentId}/public")
	@Audited(value = "interaction.letter.attachmentPublic", objectType = "letter")
	String allowAttachment(@PathVariable long id, @PathVariable long attachmentId, @RequestParam boolean allowed,
			RedirectAttributes redirect) {
		handling.allowAttachment(id, attachmentId, allowed);
		return done(id, allowed ? "附件可随来信公开。" : "附件不随来信公开。", redirect);
	}

	@GetMapping("/{id}/contact")
	@Audited(value = "interaction.letter.contact", objectType = "letter")
	String contact(@PathVariable long id, Model model) {
		model.addAttribute("letter", handling.detail(id));
		model.addAttribute("attachments", handling.attachments(id));
		model.addAttribute("contact", handling.contact(id));
		return "interaction/console-letter";
	}

	@PostMapping("/{id}/accept")
	@Audited(value = "interaction.letter.accept", objectType = "letter")
	String accept(@PathVariable long id, @RequestParam(defaultValue = "false") boolean simple, RedirectAttributes redirect) {
		handling.accept(id, simple);
		return done(id, "已受理。", redirect);
	}

	@PostMapping("/{id}/reject")
	@Audited(value = "interaction.letter.reject", objectType = "letter")
	String reject(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		handling.reject(id, reason);
		return done(id, "已不予受理。", redirect);
	}

	@PostMapping("/{id}/assign")
	@Audited(value = "interaction.letter.assign", objectType = "letter")
	String assign(@PathVariable long id, @RequestParam long site, RedirectAttributes redirect) {
		handling.assign(id, site);
		AuditContext.detail("转办至站点 " + site);
		return done(id, "已转办。", redirect);
	}

	@PostMapping("/{id}/reply")
	@Audited(value = "interaction.letter.reply", objectType = "letter")
	String reply(@PathVariable long id, @RequestParam(defaultValue = "") String text, RedirectAttributes redirect) {
		handling.draftReply(id, text);
		return done(id, "答复已提交审核。", redirect);
	}

	@PostMapping("/{id}/approve")
	@Audited(value = "interaction.letter.approve", objectType = "letter")
	String approve(@PathVariable long id, @RequestParam(defaultValue = "false") boolean publish, RedirectAttributes redirect) {
		handling.approveReply(id, publish);
		return done(id, "答复已审核通过并发送。", redirect);
	}

	@PostMapping("/{id}/clear")
	@Audited(value = "interaction.letter.clear", objectType = "letter")
	String clear(@PathVariable long id, RedirectAttributes redirect) {
		handling.clearHold(id);
		return done(id, "已确认内容检查结果，来信可以公开。", redirect);
	}

	@PostMapping("/{id}/send-back")
	@Audited(value = "interaction.letter.sendBack", objectType = "letter")
	String sendBack(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		handling.sendBackReply(id, reason);
		return done(id, "答复已退回修改。", redirect);
	}

	@PostMapping("/{id}/extension")
	@Audited(value = "interaction.letter.extension", objectType = "letter")
	String extension(@PathVariable long id, @RequestParam(defaultValue = "0") int days,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		handling.requestExtension(id, days, reason);
		return done(id, "延期申请已提交站点管理员。", redirect);
	}

	@PostMapping("/{id}/extension/decision")
	@Audited(value = "interaction.letter.extensionDecision", objectType = "letter")
	String decide(@PathVariable long id, @RequestParam boolean grant, RedirectAttributes redirect) {
		handling.decideExtension(id, grant);
		return done(id, grant ? "已批准延期。" : "已不批准延期。", redirect);
	}

	@PostMapping("/errors/{id}/answer")
	@Audited(value = "interaction.errorReport.answer", objectType = "errorReport")
	String answerErrorReport(@PathVariable long id, @RequestParam(defaultValue = "") String text, RedirectAttributes redirect) {
		errorReports.answer(id, text);
		redirect.addFlashAttribute("successMessage", "找错已答复。");
		return "redirect:/admin/letters";
	}

	@PostMapping("/mailboxes")
	@Audited(value = "interaction.mailbox.create", objectType = "mailbox")
	String createMailbox(@RequestParam long site, @RequestParam String name, @RequestParam MailboxKind kind,
			@RequestParam(defaultValue = "false") boolean realNameRequired, @RequestParam(defaultValue = "5") int workingDays,
			@RequestParam(defaultValue = "1") int simpleWorkingDays, @RequestParam(defaultValue = "2") int maxHops,
			@RequestParam(required = false) @Nullable List<Long> departments, RedirectAttributes redirect) {
		long id = handling.createMailbox(site, new MailboxSettings(name, kind, realNameRequired, workingDays,
				simpleWorkingDays, maxHops, departments == null ? List.of() : departments));
		AuditContext.objectId(id);
		redirect.addFlashAttribute("successMessage", "信箱已开设。");
		return "redirect:/admin/letters";
	}

	private static String done(long id, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("successMessage", message);
		return "redirect:/admin/letters/" + id;
	}
}
