package org.govsite.interaction.web;


import org.govsite.audit.Audited;
import org.govsite.interaction.Interviews;
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

/**
 * One interview in the console: start and end it, pass or refuse the questions, answer them as a
 * guest (live, or within 5 working days after), say something with a picture, and archive it: the
 * public page is then rendered once, with the whole transcript, and kept as it is.
 */
@Controller
@BackOffice
@RequestMapping("/admin/participation/interviews")
class InterviewConsoleController {

	private final Interviews interviews;

	private final java.time.Clock clock;

	InterviewConsoleController(Interviews interviews, java.time.Clock clock) {
		this.clock = clock;
		this.interviews = interviews;
	}

	@GetMapping("/{id}")
	String interview(@PathVariable long id, Model model) {
		model.addAttribute("interview", interviews.handled(id));
		model.addAttribute("questions", interviews.questions(id));
		model.addAttribute("transcript", interviews.transcript(id, 0));
		model.addAttribute("zone", clock.getZone());
		return "interaction/console-interview";
	}

	@PostMapping("/{id}/start")
	@Audited(value = "interaction.interview.start", objectType = "interview")
	String start(@PathVariable long id, RedirectAttributes redirect) {
		interviews.start(id);
		return done(id, "访谈已开始，页面实时更新。", redirect);
	}

	@PostMapping("/{id}/end")
	@Audited(value = "interaction.interview.end", objectType = "interview")
	String end(@PathVariable long id, RedirectAttributes redirect) {
		interviews.end(id);
		return done(id, "访谈已结束，未答复的问题请在 5 个工作日内答复。", redirect);
	}

	@PostMapping("/{id}/questions/{question}/moderate")
	@Audited(value = "interaction.interview.moderate", objectType = "interviewQuestion", objectIdParameter = "question")
	String moderate(@PathVariable long id, @PathVariable long question, @RequestParam boolean pass, RedirectAttributes redirect) {
		interviews.moderate(question, pass);
		return done(id, pass ? "提问已通过，已显示在访谈实录中。" : "提问未通过审核。", redirect);
	}

	@PostMapping("/{id}/questions/{question}/answer")
	@Audited(value = "interaction.interview.answer", objectType = "interviewQuestion", objectIdParameter = "question")
	String answer(@PathVariable long id, @PathVariable long question, @RequestParam(required = false) @Nullable String speaker,
			@RequestParam(required = false) @Nullable String text, @RequestParam(required = false) @Nullable String pictureUrl,
			RedirectAttributes redirect) {
		interviews.answer(question, speaker, text, pictureUrl);
		return done(id, "答复已发布。", redirect);
	}

	@PostMapping("/{id}/remarks")
	@Audited(value = "interaction.interview.remark", objectType = "interview")
	String remark(@PathVariable long id, @RequestParam(required = false) @Nullable String speaker,
			@RequestParam(required = false) @Nullable String text, @RequestParam(required = false) @Nullable String pictureUrl,
			RedirectAttributes redirect) {
		interviews.remark(id, speaker, text, pictureUrl);
		return done(id, "发言已发布。", redirect);
	}

	@PostMapping("/{id}/archive")
	@Audited(value = "interaction.interview.archive", objectType = "interview")
	String archive(@PathVariable long id, RedirectAttributes redirect) {
		interviews.archive(id);
		return done(id, "访谈已归档为静态页面。", redirect);
	}

	private static String done(long id, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("successMessage", message);
		return "redirect:/admin/participation/interviews/" + id;
	}
}
