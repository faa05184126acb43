package org.govsite.channel.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.validation.Valid;

import org.govsite.audit.AuditContext;
import org.govsite.audit.Audited;
import org.govsite.channel.ChannelDetails;
import org.govsite.channel.ChannelManagement;
import org.govsite.channel.ChannelRuleViolation;
import org.govsite.channel.ChannelView;
import org.govsite.channel.web.ChannelForm.PeriodUnit;
import org.govsite.channel.web.ChannelForm.RuleChoice;
import org.govsite.platform.BackOffice;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Creating, editing and moving a channel in the console. A refusal of the rules comes back as an
 * error beside the field it concerns (the code, the new parent) with everything typed kept.
 */
@Controller
@BackOffice
class ChannelFormController {

	private final ChannelManagement channels;

	private final ChannelLabels labels;

	ChannelFormController(ChannelManagement channels, ChannelLabels labels) {
		this.channels = channels;
		this.labels = labels;
	}

	@InitBinder("channelForm")
	void channelFormFields(WebDataBinder binder) {
		binder.setDisallowedFields("id", "siteId", "parentId", "position", "visible", "archivedOn", "createdAt");
	}

	@InitBinder("moveForm")
	void moveFormFields(WebDataBinder binder) {
		binder.setDisallowedFields("id", "siteId");
	}

	@GetMapping("/admin/sites/{siteId}/channels/new")
	@PreAuthorize("@channelAccess.mayChangeSite(#siteId)")
	String createForm(@PathVariable long siteId, @RequestParam(required = false) @Nullable Long parentId, Model model) {
		model.addAttribute("channelForm", new ChannelForm());
		return createPage(siteId, parentId, model);
	}

	@PostMapping("/admin/sites/{siteId}/channels")
	@Audited(value = "channel.create", objectType = "channel")
	String create(@PathVariable long siteId, @RequestParam(required = false) @Nullable Long parentId,
			@Valid ChannelForm channelForm, BindingResult binding, Model model, RedirectAttributes redirect) {
		boolean saved = save(channelForm, binding, redirect, "channel.done.created",
				details -> AuditContext.objectId(channels.create(siteId, parentId, details)));
		return saved ? "redirect:" + ChannelTreeController.treePath(siteId) : createPage(siteId, parentId, model);
	}

	@GetMapping("/admin/channels/{id}/edit")
	@PreAuthorize("@channelAccess.mayChange(#id)")
	String editForm(@PathVariable long id, Model model) {
		ChannelView channel = channels.get(id);
		model.addAttribute("channelForm", ChannelForm.of(channel));
		return editPage(channel, model);
	}

	@PostMapping("/admin/channels/{id}")
	@Audited(value = "channel.edit", objectType = "channel")
	String edit(@PathVariable long id, @Valid ChannelForm channelForm, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		ChannelView channel = channels.get(id);
		boolean saved = save(channelForm, binding, redirect, "channel.done.edited", details -> channels.edit(id, details));
		return saved ? "redirect:" + ChannelTreeController.treePath(channel.siteId()) : editPage(channel, model);
	}

	@GetMapping("/admin/channels/{id}/move")
	@PreAuthorize("@channelAccess.mayChange(#id)")
	String moveForm(@PathVariable long id, Model model) {
		ChannelView channel = channels.get(id);
		MoveForm form = new MoveForm();
		form.setParentId(channel.parentId());
		form.setPosition(channel.position());
		model.addAttribute("moveForm", form);
		return movePage(channel, model);
	}

	@PostMapping("/admin/channels/{id}/move")
	@Audited(value = "channel.move", objectType = "channel")
	String move(@PathVariable long id, @Valid MoveForm moveForm, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		ChannelView channel = channels.get(id);
		if (!binding.hasErrors()) {
			try {
				channels.move(id, moveForm.getParentId(), moveForm.getPosition());
				redirect.addFlashAttribute("successMessage", labels.message("channel.done.moved", channel.name()));
				return "redirect:" + ChannelTreeController.treePath(channel.siteId());
			}
			catch (ChannelRuleViolation refused) {
				reject(refused, binding, "parentId");
			}
		}
		return movePage(channel, model);
	}

	/**
	 * Saves a valid form and leaves the success message for the next page; a refusal of the rules
	 * goes beside its field, and the form is shown again.
	 */
	private boolean save(ChannelForm form, BindingResult binding, RedirectAttributes redirect, String doneKey,
			Consumer<ChannelDetails> save) {
		form.validateRule(binding);
		if (binding.hasErrors()) {
			return false;
		}
		try {
			save.accept(form.toDetails());
		}
		catch (ChannelRuleViolation refused) {
			reject(refused, binding, "code");
			return false;
		}
		redirect.addFlashAttribute("successMessage", labels.message(doneKey, form.getName()));
		return true;
	}

	/** Puts a refusal beside the field it concerns: the code, or else the given field. */
	private static void reject(ChannelRuleViolation refused, BindingResult binding, String field) {
		binding.rejectValue(refused.concernsCode() ? "code" : field, refused.code(), refused.arguments(), null);
	}

	private String createPage(long siteId, @Nullable Long parentId, Model model) {
		model.addAttribute("site", channels.site(siteId));
		model.addAttribute("parent", parentId == null ? null : channels.get(parentId));
		model.addAttribute("formAction", parentId == null ? "/admin/sites/" + siteId + "/channels"
				: "/admin/sites/" + siteId + "/channels?parentId=" + parentId);
		return formPage(siteId, model);
	}

	private String editPage(ChannelView channel, Model model) {
		model.addAttribute("site", channels.site(channel.siteId()));
		model.addAttribute("channel", channel);
		model.addAttribute("parent", channel.parentId() == null ? null : channels.get(channel.parentId()));
		model.addAttribute("formAction", "/admin/channels/" + channel.id());
		return formPage(channel.siteId(), model);
	}

	private String formPage(long siteId, Model model) {
		model.addAttribute("siteId", siteId);
		model.addAttribute("kinds", labels.kindsWithDefaultRules());
		model.addAttribute("ruleChoices", options(RuleChoice.values(), choice -> "channel.ruleChoice." + choice.name()));
		model.addAttribute("ruleUnits", options(PeriodUnit.values(), unit -> "channel.unit." + unit.name()));
		return "channel/form";
	}

	private String movePage(ChannelView channel, Model model) {
		Map<String, String> parents = new LinkedHashMap<>();
		parents.put("", labels.message("channel.move.toFirstLevel"));
		String branch = channel.path() + "/";
		channels.ofSite(channel.siteId())
			.stream()
			.filter(candidate -> candidate.id() != channel.id() && !candidate.path().startsWith(branch))
			.filter(ChannelView::acceptsContent)
			.forEach(candidate -> parents.put(String.valueOf(candidate.id()),
					"\u3000".repeat(candidate.level() - 1) + candidate.name()));
		model.addAttribute("site", channels.site(channel.siteId()));
		model.addAttribute("channel", channel);
		model.addAttribute("parents", parents);
		return "channel/move";
	}

	private <E extends Enum<E>> Map<E, String> options(E[] values, Function<E, String> key) {
		Map<E, String> options = new LinkedHashMap<>();
		Arrays.stream(values).forEach(value -> options.put(value, labels.message(key.apply(value))));
		return options;
	}
}
