package org.govsite.channel.web;

import java.util.Map;
import java.util.function.LongConsumer;

import jakarta.servlet.http.HttpServletRequest;

import org.govsite.audit.Audited;
import org.govsite.channel.ChannelManagement;
import org.govsite.channel.ChannelWatch;
import org.govsite.channel.ChannelView;
import org.govsite.platform.BackOffice;
import org.govsite.platform.RuleViolation;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 栏目管理 pages: the sites to choose from, a site's tree, and the actions on a node of the
 * tree. With htmx an action answers the re-rendered tree; without it, a redirect back to the
 * tree page.
 */
@Controller
@BackOffice
class ChannelTreeController {

	private static final String HTMX = "HX-Request";

	private final ChannelManagement channels;

	private final ChannelLabels labels;

	private final ChannelWatch watch;

	ChannelTreeController(ChannelManagement channels, ChannelLabels labels, ChannelWatch watch) {
		this.channels = channels;
		this.labels = labels;
		this.watch = watch;
	}

	@GetMapping("/admin/channels")
	String sites(Model model) {
		model.addAttribute("sites", channels.readableSites());
		return "channel/sites";
	}

	@GetMapping("/admin/sites/{siteId}/channels")
	String tree(@PathVariable long siteId, Model model) {
		model.addAttribute("site", channels.site(siteId));
		addTree(siteId, model);
		return "channel/tree";
	}

	@PostMapping("/admin/channels/{id}/up")
	@Audited(value = "channel.reorder", objectType = "channel")
	String moveUp(@PathVariable long id, @RequestHeader(name = HTMX, required = false) @Nullable String htmx,
			Model model, RedirectAttributes redirect) {
		return act(id, channels::moveUp, "channel.done.reordered", htmx, model, redirect);
	}

	@PostMapping("/admin/channels/{id}/down")
	@Audited(value = "channel.reorder", objectType = "channel")
	String moveDown(@PathVariable long id, @RequestHeader(name = HTMX, required = false) @Nullable String htmx,
			Model model, RedirectAttributes redirect) {
		return act(id, channels::moveDown, "channel.done.reordered", htmx, model, redirect);
	}

	@PostMapping("/admin/channels/{id}/hide")
	@Audited(value = "channel.hide", objectType = "channel")
	String hide(@PathVariable long id, @RequestHeader(name = HTMX, required = false) @Nullable String htmx,
			Model model, RedirectAttributes redirect) {
		return act(id, channels::hide, "channel.done.hidden", htmx, model, redirect);
	}

	@PostMapping("/admin/channels/{id}/show")
	@Audited(value = "channel.show", objectType = "channel")
	String show(@PathVariable long id, @RequestHeader(name = HTMX, required = false) @Nullable String htmx,
			Model model, RedirectAttributes redirect) {
		return act(id, channels::show, "channel.done.shown", htmx, model, redirect);
	}

	@PostMapping("/admin/channels/{id}/archive")
	@Audited(value = "channel.archive", objectType = "channel")
	String archive(@PathVariable long id, @RequestHeader(name = HTMX, required = false) @Nullable String htmx,
			Model model, RedirectAttributes redirect) {
		return act(id, channels::archive, "channel.done.archived", htmx, model, redirect);
	}

	@PostMapping("/admin/channels/{id}/restore")
	@Audited(value = "channel.restore", objectType = "channel")
	String restore(@PathVariable long id, @RequestHeader(name = HTMX, required = false) @Nullable String htmx,
			Model model, RedirectAttributes redirect) {
		return act(id, channels::restore, "channel.done.restored", htmx, model, redirect);
	}

	/** Makes an account of the site's staff the channel's responsible person (empty: none). */
	@PostMapping("/admin/channels/{id}/responsible-account")
	@Audited(value = "channel.responsibleAccount", objectType = "channel")
	String assignResponsible(@PathVariable long id, @RequestParam(defaultValue = "") String username,
			@RequestHeader(name = HTMX, required = false) @Nullable String htmx, Model model, RedirectAttributes redirect) {
		return act(id, channelId -> watch.assignResponsible(channelId, username), "channel.done.responsibleAssigned", htmx,
				model, redirect);
	}

	/** Runs an action on a node; htmx gets the re-rendered tree with the outcome above it. */
	private String act(long id, LongConsumer action, String doneKey, @Nullable String htmx, Model model,
			RedirectAttributes redirect) {
		ChannelView channel = channels.get(id);
		action.accept(id);
		String done = labels.message(doneKey, channel.name());
		if (htmx == null) {
			redirect.addFlashAttribute("successMessage", done);
			return "redirect:" + treePath(channel.siteId());
		}
		model.addAttribute("treeMessage", done);
		addTree(channel.siteId(), model);
		return "channel/tree :: tree";
	}

	/**
	 * A refused action: htmx gets the tree with the reason above it (as a 200, so that htmx swaps
	 * it in); a plain form post goes back to the tree page with the reason on top.
	 */
	@ExceptionHandler
	String refused(RuleViolation refused, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		String reason = labels.message(refused.code(), refused.arguments());
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String channelId = variables.get("id");
		long siteId = channelId != null ? channels.get(Long.parseLong(channelId)).siteId()
				: Long.parseLong(variables.get("siteId"));
		if (request.getHeader(HTMX) == null) {
			redirect.addFlashAttribute("errorMessage", reason);
			return "redirect:" + treePath(siteId);
		}
		model.addAttribute("treeError", reason);
		addTree(siteId, model);
		return "channel/tree :: tree";
	}

	static String treePath(long siteId) {
		return "/admin/sites/" + siteId + "/channels";
	}

	private void addTree(long siteId, Model model) {
		model.addAttribute("siteId", siteId);
		model.addAttribute("nodes", channels.tree(siteId));
		model.addAttribute("mayChange", channels.mayChange(siteId));
		model.addAttribute("channelLabels", labels);
		model.addAttribute("freshness", watch.freshness(siteId));
		model.addAttribute("responsibleAccounts", watch.responsibleAccounts(siteId));
		model.addAttribute("siteStaff", channels.mayChange(siteId) ? watch.siteStaff(siteId) : java.util.Set.of());
	}
}
