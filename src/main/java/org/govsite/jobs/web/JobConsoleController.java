package org.govsite.jobs.web;

import org.govsite.audit.Audited;
import org.govsite.jobs.BackgroundJobs;
import org.govsite.platform.BackOffice;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 后台任务: every job of the platform, for the system administrator, who runs the platform. */
@Controller
@BackOffice
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class JobConsoleController {

	private final BackgroundJobs jobs;

	private final MessageSource messages;

	JobConsoleController(BackgroundJobs jobs, MessageSource messages) {
		this.jobs = jobs;
		this.messages = messages;
	}

	@GetMapping("/admin/jobs")
	String list(Model model) {
		model.addAttribute("jobs", jobs.overview());
		model.addAttribute("queues", jobs.queues(10));
		return "jobs/list";
	}

	@PostMapping("/admin/jobs/run")
	@Audited(value = "jobs.runNow", objectType = "job")
	String runNow(@RequestParam String name, @RequestParam String instance, RedirectAttributes redirect) {
		jobs.runNow(name, instance);
		redirect.addFlashAttribute("successMessage", message("jobs.done.runNow"));
		return "redirect:/admin/jobs";
	}

	@PostMapping("/admin/jobs/failures/{id}/retry")
	@Audited(value = "jobs.retry", objectType = "job")
	String retry(@PathVariable long id, RedirectAttributes redirect) {
		jobs.retry(id);
		redirect.addFlashAttribute("successMessage", message("jobs.done.retry"));
		return "redirect:/admin/jobs";
	}

	private String message(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}
}
