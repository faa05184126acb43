package org.govsite.interaction.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.govsite.interaction.InterviewView;
import org.govsite.interaction.Interviews;
import org.govsite.interaction.ParticipationRefused;
import org.govsite.interaction.SubmissionLimits;
import org.govsite.interaction.TranscriptEntry;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * An interview's public page: the notice and guests, the transcript as it stands (readable without
 * JavaScript), the question form while questions are taken, and the transcript's new lines as
 * server-sent events. An archived interview is its archived page, served as it was kept.
 */
@Controller
class InterviewPageController {

	private final Interviews interviews;

	private final InterviewLive live;

	private final ParticipationGuard guard;

	private final SubmissionLimits limits;

	private final java.time.Clock clock;

	InterviewPageController(Interviews interviews, InterviewLive live, ParticipationGuard guard, SubmissionLimits limits,
			java.time.Clock clock) {
		this.limits = limits;
		this.clock = clock;
		this.interviews = interviews;
		this.live = live;
		this.guard = guard;
	}

	@GetMapping("/letters/interviews/{id}")
	Object interview(@PathVariable long id, Model model) {
		InterviewView interview = found(id);
		if (interview.archive() != null) {
			return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
				.body(interview.archive());
		}
		show(interview, model);
		return "interaction/interview";
	}

	@PostMapping("/letters/interviews/{id}/questions")
	String ask(@PathVariable long id, @RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String content, @RequestParam(required = false) @Nullable String challenge,
			@RequestParam(required = false) @Nullable String solution, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		InterviewView interview = found(id);
		try {
			guard.pass(request, challenge, solution);
			interviews.ask(id, name, content);
			model.addAttribute("sent", true);
		}
		catch (ParticipationRefused refused) {
			response.setStatus(refused.status());
			model.addAttribute("error", guard.text(refused));
			model.addAttribute("name", name);
			model.addAttribute("content", content);
		}
		show(interview, model);
		return "interaction/interview";
	}

	/** New lines of the transcript after the one the page shows last (or the browser's Last-Event-ID). */
	@GetMapping(path = "/letters/interviews/{id}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	ResponseEntity<SseEmitter> live(@PathVariable long id, @RequestParam(defaultValue = "0") long after,
			@RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId, HttpServletRequest request) {
		// each connection is held open: as many a minute from one address as lookups of a letter's code
		if (!limits.tryLookup(request.getRemoteAddr())) {
			return ResponseEntity.status(429).build();
		}
		if (found(id).archive() != null) {
			// 204 tells the browser's EventSource to stop reconnecting: an archived transcript is complete
			return ResponseEntity.noContent().build();
		}
		long from = after;
		if (lastEventId != null && lastEventId.matches("\\d{1,18}")) {
			from = Math.max(from, Long.parseLong(lastEventId));
		}
		return ResponseEntity.ok(live.follow(id, from));
	}

	private void show(InterviewView interview, Model model) {
		List<TranscriptEntry> transcript = interviews.transcript(interview.id(), 0);
		model.addAttribute("interview", interview);
		model.addAttribute("transcript", transcript);
		model.addAttribute("lastEntry", transcript.isEmpty() ? 0 : transcript.getLast().id());
		model.addAttribute("challenge", guard.challenge());
		model.addAttribute("archived", false);
		model.addAttribute("zone", clock.getZone());
	}

	private InterviewView found(long id) {
		return interviews.shown(id).orElseThrow(() -> new ParticipationRefused(404, "participation.unknown"));
	}

	@ExceptionHandler
	String refused(ParticipationRefused refused, HttpServletResponse response, Model model) {
		response.setStatus(refused.status());
		model.addAttribute("error", guard.text(refused));
		return "interaction/missing";
	}
}
