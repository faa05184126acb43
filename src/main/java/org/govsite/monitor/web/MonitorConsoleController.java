package org.govsite.monitor.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.govsite.audit.Audited;
import org.govsite.monitor.AvailabilityWatch;
import org.govsite.monitor.Rectification;
import org.govsite.monitor.RectificationTask;
import org.govsite.monitor.TaskState;
import org.govsite.platform.BackOffice;
import org.govsite.platform.ConsoleMenuItem;
import org.govsite.platform.NotFound;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 整改任务 in the console: the open tasks of the user's sites and their own, each with its
 * evidence, where the owner asks for the re-check once it is fixed; and a site's availability probes.
 */
@Controller
@BackOffice
class MonitorConsoleController {

	private final Rectification rectification;

	private final AvailabilityWatch availability;

	private final SiteDirectory sites;

	private final MessageSource messages;

	private final Clock clock;

	MonitorConsoleController(Rectification rectification, AvailabilityWatch availability, SiteDirectory sites,
			MessageSource messages, Clock clock) {
		this.rectification = rectification;
		this.availability = availability;
		this.sites = sites;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/admin/monitor/tasks")
	String tasks(Model model) {
		List<RectificationTask> tasks = rectification.mine();
		model.addAttribute("tasks", tasks);
		model.addAttribute("siteNames", siteNames());
		model.addAttribute("today", LocalDate.now(clock));
		return "monitor/tasks";
	}

	@GetMapping("/admin/monitor/tasks/{id}")
	String task(@PathVariable long id, Model model) {
		RectificationTask task = rectification.task(id);
		model.addAttribute("task", task);
		model.addAttribute("response", rectification.response(id).orElse(null));
		model.addAttribute("siteName", sites.find(task.siteId()).map(SiteSummary::name).orElse(String.valueOf(task.siteId())));
		model.addAttribute("today", LocalDate.now(clock));
		return "monitor/task";
	}

	@PostMapping("/admin/monitor/tasks/{id}/fixed")
	@Audited(value = "monitor.task.fixed", objectType = "rectificationTask")
	String markFixed(@PathVariable long id, RedirectAttributes redirect) {
		RectificationTask task = rectification.markFixed(id);
		String key = task.state() == TaskState.CLOSED ? "monitor.task.closed" : "monitor.task.stillFound";
		redirect.addFlashAttribute(task.state() == TaskState.CLOSED ? "successMessage" : "errorMessage",
				messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE));
		return "redirect:/admin/monitor/tasks/" + id;
	}

	@GetMapping("/admin/monitor/availability/{siteId}")
	String availability(@PathVariable long siteId, Model model) {
		SiteSummary site = sites.find(siteId).orElseThrow(() -> new NotFound("site", siteId));
		model.addAttribute("site", site);
		model.addAttribute("week", availability.weekOf(siteId));
		model.addAttribute("probes", availability.probesOf(siteId, 100));
		model.addAttribute("samples", availability.samplesOf(siteId, 50));
		return "monitor/availability";
	}

	private Map<Long, String> siteNames() {
		return sites.all().stream().collect(Collectors.toMap(SiteSummary::id, SiteSummary::name, (a, b) -> a));
	}

	@Configuration(proxyBeanMethods = false)
	static class Menu {

		@Bean
		ConsoleMenuItem monitorMenuItem() {
			return ConsoleMenuItem.forAuthorities("menu.monitor", "/admin/monitor/tasks", 59, "STAFF");
		}
	}
}
