package org.govsite.publish.web;

import org.govsite.audit.Audited;
import org.govsite.platform.BackOffice;
import org.govsite.publish.PublishJobs;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 发布管理: the publish jobs with their progress (the table refreshes itself through htmx while a
 * job waits or runs), a 全站发布 button per site, and failed jobs to try again.
 */
@Controller
@BackOffice
class PublishController {

	private final PublishJobs publishJobs;

	private final MessageSource messages;

	PublishController(PublishJobs publishJobs, MessageSource messages) {
		this.publishJobs = publishJobs;
		this.messages = messages;
	}

	@GetMapping("/admin/publish")
	String jobs(Model model) {
		model.addAttribute("sites", publishJobs.sites());
		addJobs(model);
		return "publish/jobs";
	}

	/** The jobs table alone, for htmx polling. */
	@GetMapping("/admin/publish/jobs")
	String jobsTable(Model model) {
		addJobs(model);
		return "publish/jobs :: jobs";
	}

	@PostMapping("/admin/sites/{siteId}/publish")
	@Audited(value = "publish.full", objectType = "site", objectIdParameter = "siteId")
	String publish(@PathVariable long siteId, RedirectAttributes redirect) {
		publishJobs.requestFullPublish(siteId);
		redirect.addFlashAttribute("successMessage", message("publish.done.queued"));
		return "redirect:/admin/publish";
	}

	@PostMapping("/admin/publish/jobs/{id}/retry")
	@Audited(value = "publish.retry", objectType = "publishJob")
	String retry(@PathVariable long id, RedirectAttributes redirect) {
		publishJobs.retry(id);
		redirect.addFlashAttribute("successMessage", message("publish.done.retried"));
		return "redirect:/admin/publish";
	}

	private void addJobs(Model model) {
		var jobs = publishJobs.jobs();
		model.addAttribute("jobs", jobs);
		model.addAttribute("polling", jobs.stream().anyMatch(job -> job.active()));
	}

	private String message(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}
}
