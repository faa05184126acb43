package org.govsite.content.web;

import java.nio.charset.StandardCharsets;

import org.govsite.audit.Audited;
import org.govsite.channel.ChannelDirectory;
import org.govsite.content.ApplicationFormData;
import org.govsite.content.ApplicationForms;
import org.govsite.content.DocumentLibrary;
import org.govsite.platform.BackOffice;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 信息发布申请表 of a document: whether it is required, the forms filed so far (each as .docx),
 * the form to fill for the newest version, and the unit head's sign-off.
 */
@Controller
@BackOffice
class ApplicationFormController {

	private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private final ApplicationForms forms;

	private final DocumentLibrary library;

	private final ChannelDirectory channels;

	private final MessageSource messages;

	ApplicationFormController(ApplicationForms forms, DocumentLibrary library, ChannelDirectory channels,
			MessageSource messages) {
		this.forms = forms;
		this.channels = channels;
		this.library = library;
		this.messages = messages;
	}

	@GetMapping("/admin/documents/{id}/application-form")
	String page(@PathVariable long id, Model model) {
		model.addAttribute("document", library.get(id));
		model.addAttribute("requirement", forms.requirement(id));
		model.addAttribute("forms", forms.forms(id));
		model.addAttribute("maySign", forms.maySign(id));
		return "content/application-form";
	}

	@PostMapping("/admin/documents/{id}/application-form")
	@Audited(value = "content.fillApplicationForm", objectType = "document")
	String fill(@PathVariable long id, @RequestParam(defaultValue = "") String applicantUnit,
			@RequestParam(required = false) @Nullable String applicantPhone,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(defaultValue = "false") boolean secrecyChecked, RedirectAttributes redirect) {
		forms.fill(id, new ApplicationFormData(applicantUnit, applicantPhone, reason, secrecyChecked));
		redirect.addFlashAttribute("successMessage", message("content.applicationForm.filled"));
		return "redirect:/admin/documents/" + id + "/application-form";
	}

	@PostMapping("/admin/documents/{id}/application-form/sign")
	@Audited(value = "content.signApplicationForm", objectType = "document")
	String sign(@PathVariable long id, @RequestParam(required = false) @Nullable String note,
			RedirectAttributes redirect) {
		forms.sign(id, note);
		redirect.addFlashAttribute("successMessage", message("content.applicationForm.signed"));
		return "redirect:/admin/documents/" + id + "/application-form";
	}

	@GetMapping("/admin/documents/{id}/application-form/{formId}.docx")
	ResponseEntity<byte[]> docx(@PathVariable long id, @PathVariable long formId) {
		String name = message("content.applicationForm.fileName", id, formId);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(DOCX))
			.body(forms.docx(id, formId));
	}

	@GetMapping("/admin/sites/{siteId}/application-rules")
	String rules(@PathVariable long siteId, Model model) {
		model.addAttribute("siteId", siteId);
		model.addAttribute("rules", forms.rules(siteId));
		model.addAttribute("channels", ReprintConsoleController.channelNames(channels, siteId));
		return "content/application-rules";
	}

	@PostMapping("/admin/sites/{siteId}/application-rules")
	@Audited(value = "content.requireApplicationForm", objectType = "site", objectIdParameter = "siteId")
	String require(@PathVariable long siteId, @RequestParam(required = false) @Nullable Long channelId,
			@RequestParam(required = false) @Nullable String approver, RedirectAttributes redirect) {
		forms.require(siteId, channelId, approver);
		redirect.addFlashAttribute("successMessage", message("content.applicationRules.saved"));
		return "redirect:/admin/sites/" + siteId + "/application-rules";
	}

	@PostMapping("/admin/sites/{siteId}/application-rules/{ruleId}/remove")
	@Audited(value = "content.releaseApplicationForm", objectType = "site", objectIdParameter = "siteId")
	String release(@PathVariable long siteId, @PathVariable long ruleId, RedirectAttributes redirect) {
		forms.release(siteId, ruleId);
		redirect.addFlashAttribute("successMessage", message("content.applicationRules.removed"));
		return "redirect:/admin/sites/" + siteId + "/application-rules";
	}

	private String message(String code, Object... arguments) {
		return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}
}
