package org.govsite.interaction.web;

import org.govsite.audit.AuditContext;
import org.govsite.audit.Audited;
import org.govsite.interaction.KnowledgeBase;
import org.govsite.interaction.KnowledgeGaps;
import org.govsite.platform.BackOffice;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 知识库 in the console: an entry made from a replied letter, edited, published or withdrawn. */
@Controller
@BackOffice
@RequestMapping("/admin/letters")
class KnowledgeConsoleController {

	private final KnowledgeBase knowledge;

	private final KnowledgeGaps gaps;

	KnowledgeConsoleController(KnowledgeBase knowledge, KnowledgeGaps gaps) {
		this.knowledge = knowledge;
		this.gaps = gaps;
	}

	@GetMapping("/knowledge")
	String list(Model model) {
		model.addAttribute("entries", knowledge.mine());
		model.addAttribute("gaps", gaps.mine());
		return "interaction/console-knowledge-list";
	}

	@GetMapping("/knowledge/{id}")
	String entry(@PathVariable long id, Model model) {
		model.addAttribute("entry", knowledge.entryToEdit(id));
		return "interaction/console-knowledge";
	}

	@PostMapping("/{letterId}/knowledge")
	@Audited(value = "interaction.knowledge.create", objectType = "knowledge")
	String create(@PathVariable long letterId, @RequestParam(required = false) @Nullable String question,
			@RequestParam(required = false) @Nullable String answer, @RequestParam(required = false) @Nullable String category,
			@RequestParam(defaultValue = "false") boolean published, RedirectAttributes redirect) {
		long id = knowledge.fromLetter(letterId, new KnowledgeBase.Draft(question, answer, category, published));
		AuditContext.objectId(id);
		AuditContext.detail("来信 " + letterId);
		redirect.addFlashAttribute("successMessage", published ? "已收入知识库并公开。" : "已收入知识库（未公开）。");
		return "redirect:/admin/letters/knowledge/" + id;
	}

	@PostMapping("/knowledge/gaps/{id}/close")
	@Audited(value = "interaction.knowledge.gapClosed", objectType = "knowledgeGap")
	String closeGap(@PathVariable long id, RedirectAttributes redirect) {
		gaps.close(id);
		AuditContext.objectId(id);
		redirect.addFlashAttribute("successMessage", "已标为已处理。");
		return "redirect:/admin/letters/knowledge";
	}

	@PostMapping("/knowledge/{id}")
	@Audited(value = "interaction.knowledge.update", objectType = "knowledge")
	String update(@PathVariable long id, @RequestParam(required = false) @Nullable String question,
			@RequestParam(required = false) @Nullable String answer, @RequestParam(required = false) @Nullable String category,
			@RequestParam(defaultValue = "false") boolean published, RedirectAttributes redirect) {
		knowledge.update(id, new KnowledgeBase.Draft(question, answer, category, published));
		redirect.addFlashAttribute("successMessage", published ? "已保存并公开。" : "已保存（未公开）。");
		return "redirect:/admin/letters/knowledge/" + id;
	}
}
