package org.govsite.publish.web;

import java.util.ArrayList;
import java.util.List;

import org.govsite.audit.Audited;
import org.govsite.platform.BackOffice;
import org.govsite.platform.RuleViolation;
import org.govsite.publish.HomeBlock;
import org.govsite.publish.HomeBlockKind;
import org.govsite.publish.HomeComposition;
import org.govsite.publish.Palette;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 首页版式: the blocks of a site's home page, in order, each with its kind and channels. A row
 * left at 不使用 is dropped; 上移/下移 change the rows' order in the form (without script, nothing
 * saved yet); saving queues a full publish.
 */
@Controller
@BackOffice
class HomeCompositionController {

	/** Rows the form offers beyond the blocks the site has. */
	private static final int SPARE_ROWS = 2;

	private final HomeComposition composition;

	private final MessageSource messages;

	HomeCompositionController(HomeComposition composition, MessageSource messages) {
		this.composition = composition;
		this.messages = messages;
	}

	@GetMapping("/admin/sites/{siteId}/home")
	String form(@PathVariable long siteId, Model model) {
		return show(siteId, composition.blocks(siteId), null, model);
	}

	@PostMapping("/admin/sites/{siteId}/home")
	@Audited(value = "publish.home", objectType = "site", objectIdParameter = "siteId")
	String save(@PathVariable long siteId, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		List<HomeBlock> blocks = rows(form).stream().filter(java.util.Objects::nonNull).toList();
		try {
			composition.compose(siteId, blocks);
		}
		catch (RuleViolation refused) {
			return show(siteId, blocks, messages.getMessage(refused.code(), refused.arguments(), LocaleContextHolder.getLocale()),
					model);
		}
		redirect.addFlashAttribute("successMessage", messages.getMessage("publish.home.saved", null, LocaleContextHolder.getLocale()));
		return "redirect:/admin/sites/" + siteId + "/home";
	}

	/** 上移/下移: the form again with a row moved; nothing is saved, so nothing is audited. */
	@PostMapping("/admin/sites/{siteId}/home/arrange")
	String arrange(@PathVariable long siteId, @RequestParam MultiValueMap<String, String> form, @RequestParam String move,
			Model model) {
		model.addAttribute("moved", true);
		return show(siteId, moved(rows(form), move), null, model);
	}

	@PostMapping("/admin/sites/{siteId}/palette")
	@Audited(value = "publish.palette", objectType = "site", objectIdParameter = "siteId")
	String palette(@PathVariable long siteId, @RequestParam Palette palette, RedirectAttributes redirect) {
		composition.choosePalette(siteId, palette);
		redirect.addFlashAttribute("successMessage", messages.getMessage("publish.palette.saved", null, LocaleContextHolder.getLocale()));
		return "redirect:/admin/sites/" + siteId + "/home";
	}

	/** Row {@code i} is {@code kind<i>} with its channels {@code channels<i>}, in the rows' order; null if unused. */
	private static List<HomeBlock> rows(MultiValueMap<String, String> form) {
		List<HomeBlock> rows = new ArrayList<>();
		for (int i = 0; form.containsKey("kind" + i); i++) {
			String kind = form.getFirst("kind" + i);
			if (kind == null || kind.isBlank()) {
				rows.add(null);
				continue;
			}
			List<Long> channels = form.getOrDefault("channels" + i, List.of()).stream().map(Long::valueOf).toList();
			rows.add(new HomeBlock(HomeBlockKind.valueOf(kind), channels));
		}
		return rows;
	}

	/** The rows with row {@code <i>} moved one place up or down ({@code move=<i>:up}, {@code <i>:down}); unused rows at the end dropped. */
	private static List<HomeBlock> moved(List<HomeBlock> rows, String move) {
		List<HomeBlock> moved = new ArrayList<>(rows);
		String[] parts = move.split(":");
		if (parts.length == 2 && parts[0].matches("\\d{1,2}")) {
			int from = Integer.parseInt(parts[0]);
			int to = "up".equals(parts[1]) ? from - 1 : from + 1;
			if (from < moved.size() && to >= 0 && to < moved.size()) {
				java.util.Collections.swap(moved, from, to);
			}
		}
		while (!moved.isEmpty() && moved.get(moved.size() - 1) == null) {
			moved.remove(moved.size() - 1);
		}
		return moved;
	}

	private String show(long siteId, List<HomeBlock> blocks, String error, Model model) {
		List<HomeBlock> rows = new ArrayList<>(blocks);
		for (int i = 0; i < SPARE_ROWS; i++) {
			rows.add(null);
		}
		model.addAttribute("siteId", siteId);
		model.addAttribute("rows", rows);
		model.addAttribute("kinds", HomeBlockKind.values());
		model.addAttribute("channels", composition.channels(siteId));
		model.addAttribute("error", error);
		model.addAttribute("palettes", Palette.values());
		model.addAttribute("palette", composition.palette(siteId));
		return "publish/home";
	}
}
