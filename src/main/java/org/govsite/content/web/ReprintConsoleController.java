package org.govsite.content.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsite.audit.AuditContext;
import org.govsite.channel.ChannelDirectory;
import org.govsite.audit.Audited;
import org.govsite.content.ReprintClock;
import org.govsite.content.ReprintItemView;
import org.govsite.content.ReprintOutcome;
import org.govsite.platform.BackOffice;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 转载时限: the policies waiting for the signed-in editor with one-click import, a site's watched
 * feeds (its manager), and the report of what was reprinted on time, late or not at all.
 */
@Controller
@BackOffice
class ReprintConsoleController {

	private final ReprintClock reprints;

	private final ChannelDirectory channels;

	private final MessageSource messages;

	private final Clock clock;

	ReprintConsoleController(ReprintClock reprints, ChannelDirectory channels, MessageSource messages, Clock clock) {
		this.reprints = reprints;
		this.channels = channels;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/admin/reprints")
	String waiting(Model model) {
		model.addAttribute("items", reprints.waitingForMe());
		model.addAttribute("now", clock.instant());
		return "content/reprints";
	}

	@PostMapping("/admin/reprints/{itemId}/import")
	@Audited(value = "content.importReprint", objectType = "reprintItem", objectIdParameter = "itemId")
	String importItem(@PathVariable long itemId, RedirectAttributes redirect) {
		long documentId = reprints.importItem(itemId);
		AuditContext.detail("document " + documentId);
		redirect.addFlashAttribute("successMessage", message("content.reprint.imported"));
		return "redirect:/admin/documents/" + documentId;
	}

	@GetMapping("/admin/sites/{siteId}/reprint-feeds")
	String feeds(@PathVariable long siteId, Model model) {
		model.addAttribute("siteId", siteId);
		model.addAttribute("feeds", reprints.feeds(siteId));
		model.addAttribute("channels", channelNames(channels, siteId));
		return "content/reprint-feeds";
	}

	@PostMapping("/admin/sites/{siteId}/reprint-feeds")
	@Audited(value = "content.watchFeed", objectType = "site", objectIdParameter = "siteId")
	String watch(@PathVariable long siteId, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String url, @RequestParam(required = false) @Nullable Long channelId,
			RedirectAttributes redirect) {
		reprints.watch(siteId, name, url, channelId == null ? 0 : channelId);
		redirect.addFlashAttribute("successMessage", message("content.reprint.feedAdded"));
		return "redirect:/admin/sites/" + siteId + "/reprint-feeds";
	}

	@PostMapping("/admin/sites/{siteId}/reprint-feeds/{feedId}/check")
	@Audited(value = "content.checkFeed", objectType = "reprintFeed", objectIdParameter = "feedId")
	String check(@PathVariable long siteId, @PathVariable long feedId, RedirectAttributes redirect) {
		int found = reprints.checkNow(siteId, feedId);
		redirect.addFlashAttribute("successMessage", message("content.reprint.checked", found));
		return "redirect:/admin/sites/" + siteId + "/reprint-feeds";
	}

	@PostMapping("/admin/sites/{siteId}/reprint-feeds/{feedId}/remove")
	@Audited(value = "content.unwatchFeed", objectType = "reprintFeed", objectIdParameter = "feedId")
	String unwatch(@PathVariable long siteId, @PathVariable long feedId, RedirectAttributes redirect) {
		reprints.unwatch(siteId, feedId);
		redirect.addFlashAttribute("successMessage", message("content.reprint.feedRemoved"));
		return "redirect:/admin/sites/" + siteId + "/reprint-feeds";
	}

	@GetMapping("/admin/sites/{siteId}/reprint-report")
	String report(@PathVariable long siteId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			Model model) {
		LocalDate last = to != null ? to : LocalDate.now(clock);
		LocalDate first = from != null && !from.isAfter(last) ? from : last.minusDays(30);
		List<ReprintItemView> items = reprints.report(siteId, first, last);
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (ReprintOutcome outcome : ReprintOutcome.values()) {
			counts.put(outcome.name(), 0);
		}
		items.forEach(item -> counts.merge(item.outcomeAt(clock.instant()).name(), 1, Integer::sum));
		model.addAttribute("siteId", siteId);
		model.addAttribute("from", first);
		model.addAttribute("to", last);
		model.addAttribute("items", items);
		model.addAttribute("counts", counts);
		model.addAttribute("now", clock.instant());
		return "content/reprint-report";
	}

	/** The site's channels that take content, by id, for the choice of a channel. */
	static Map<Long, String> channelNames(ChannelDirectory channels, long siteId) {
		Map<Long, String> names = new LinkedHashMap<>();
		channels.ofSite(siteId).stream()
			.filter(channel -> channel.acceptsContent() && !channel.archived())
			.forEach(channel -> names.put(channel.id(), "　".repeat(Math.max(0, channel.level() - 1)) + channel.name()));
		return names;
	}

	private String message(String code, Object... arguments) {
		return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}
}
