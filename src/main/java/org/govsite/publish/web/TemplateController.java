package org.govsite.publish.web;

import jakarta.validation.Valid;

import org.govsite.audit.AuditContext;
import org.govsite.audit.Audited;
import org.govsite.platform.BackOffice;
import org.govsite.publish.SiteTemplates;
import org.govsite.publish.TemplateRejected;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A site's template overrides, for its template managers: the templates of the theme, one
 * template's source with its saved versions, saving a new version (refused with the error when it
 * does not render), and going back to the default theme.
 */
@Controller
@BackOffice
class TemplateController {

	private final SiteTemplates siteTemplates;

	private final MessageSource messages;

	TemplateController(SiteTemplates siteTemplates, MessageSource messages) {
		this.siteTemplates = siteTemplates;
		this.messages = messages;
	}

	@InitBinder("templateForm")
	void binder(WebDataBinder binder) {
		binder.setAllowedFields("source", "note");
	}

	@GetMapping("/admin/sites/{siteId}/templates")
	String templates(@PathVariable long siteId, Model model) {
		model.addAttribute("siteId", siteId);
		model.addAttribute("templates", siteTemplates.templates(siteId));
		return "publish/templates";
	}

	@GetMapping("/admin/sites/{siteId}/templates/{name}")
	String edit(@PathVariable long siteId, @PathVariable String name, Model model) {
		TemplateForm form = new TemplateForm();
		form.setSource(siteTemplates.templateSource(siteId, name));
		return show(siteId, name, form, model);
	}

	@PostMapping("/admin/sites/{siteId}/templates/{name}")
	@Audited(value = "publish.template.save", objectType = "template")
	String save(@PathVariable long siteId, @PathVariable String name, @Valid @ModelAttribute("templateForm") TemplateForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return show(siteId, name, form, model);
		}
		try {
			long version = siteTemplates.saveTemplate(siteId, name, form.getSource(), blankToNull(form.getNote()));
			AuditContext.objectId(version);
			AuditContext.detail(siteId + ":" + name);
		}
		catch (TemplateRejected rejected) {
			errors.rejectValue("source", rejected.code(), rejected.arguments(),
					messages.getMessage(rejected.code(), rejected.arguments(), LocaleContextHolder.getLocale()));
			return show(siteId, name, form, model);
		}
		redirect.addFlashAttribute("successMessage", messages.getMessage("publish.done.templateSaved",
				new Object[] { name }, LocaleContextHolder.getLocale()));
		return "redirect:/admin/sites/" + siteId + "/templates/" + name;
	}

	@PostMapping("/admin/sites/{siteId}/templates/{name}/revert")
	@Audited(value = "publish.template.revert", objectType = "template")
	String revert(@PathVariable long siteId, @PathVariable String name, RedirectAttributes redirect) {
		long version = siteTemplates.revertTemplate(siteId, name, null);
		AuditContext.objectId(version);
		AuditContext.detail(siteId + ":" + name);
		redirect.addFlashAttribute("successMessage", messages.getMessage("publish.done.templateReverted",
				new Object[] { name }, LocaleContextHolder.getLocale()));
		return "redirect:/admin/sites/" + siteId + "/templates/" + name;
	}

	private String show(long siteId, String name, TemplateForm form, Model model) {
		model.addAttribute("siteId", siteId);
		model.addAttribute("name", name);
		model.addAttribute("templateForm", form);
		model.addAttribute("versions", siteTemplates.templateVersions(siteId, name));
		return "publish/template";
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
