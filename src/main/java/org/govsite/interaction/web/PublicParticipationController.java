package org.govsite.interaction.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.govsite.interaction.Interviews;
import org.govsite.interaction.ParticipationRefused;
import org.govsite.interaction.Solicitations;
import org.govsite.interaction.Subscriptions;
import org.govsite.interaction.SurveyTally;
import org.govsite.interaction.SurveyView;
import org.govsite.interaction.Surveys;
import org.govsite.interaction.TranscriptEntry;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Participation through the public API (role public and all, no sign-in), as the pages offer it:
 * a survey's questions and answering it, its published results, an opinion on a draft, a question
 * to an interview and its transcript. Each submission solves the challenge of
 * {@code /api/public/letters/challenge}.
 */
@RestController
@RequestMapping("/api/public")
@Tag(name = "征集调查与在线访谈（公开）", description = "问卷作答、征集意见、访谈提问，无需登录")
class PublicParticipationController {

	private final Surveys surveys;

	private final Solicitations solicitations;

	private final Interviews interviews;

	private final Subscriptions subscriptions;

	private final ParticipationGuard guard;

	PublicParticipationController(Surveys surveys, Solicitations solicitations, Interviews interviews,
			Subscriptions subscriptions, ParticipationGuard guard) {
		this.surveys = surveys;
		this.solicitations = solicitations;
		this.interviews = interviews;
		this.subscriptions = subscriptions;
		this.guard = guard;
	}

	/** The address of every subscription email's List-Unsubscribe header: mail clients post to it (RFC 8058). */
	@PostMapping("/subscriptions/unsubscribe")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "一键退订", description = "邮件客户端按 RFC 8058 一键退订；token 为订阅邮件中的退订令牌，无需登录。")
	void unsubscribe(@RequestParam(required = false) @Nullable String token) {
		subscriptions.unsubscribe(token);
	}

	@GetMapping("/surveys/{id}")
	@Operation(summary = "问卷", description = "题目（SINGLE 单选、MULTIPLE 多选、TEXT 填空）、选项及是否必答。")
	SurveyView survey(@PathVariable long id) {
		return surveys.shown(id).orElseThrow(() -> new ParticipationRefused(404, "participation.unknown"));
	}

	/** Answers by question id: option ids for the choice questions, one text for free text. */
	record Response(@Nullable String email, @Nullable Map<Long, List<String>> answers, @Nullable String challenge,
			@Nullable String solution) {
	}

	@PostMapping("/surveys/{id}/responses")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "作答问卷", description = "答卷经电子邮件中的确认链接确认后计入统计；每个电子邮箱限答一次。已登录公众账号时不需电子邮箱，立即计入，每个账号限答一次。")
	void answer(@PathVariable long id, @RequestBody Response response, HttpServletRequest http) {
		guard.pass(http, response.challenge(), response.solution());
		surveys.submit(id, response.email(), response.answers() == null ? Map.of() : response.answers(),
				ServletUriComponentsBuilder.fromContextPath(http).path("/letters/surveys/confirm").build().toUriString() + "?token=");
	}

	@GetMapping("/surveys/{id}/results")
	@Operation(summary = "调查结果", description = "公布后的有效答卷数和各选项人数（不含填空内容）。")
	SurveyTally results(@PathVariable long id) {
		return surveys.publishedTally(id).orElseThrow(() -> new ParticipationRefused(404, "participation.unknown"));
	}

	/** An opinion or a question. */
	record Contribution(@Nullable String name, @Nullable String contact, @Nullable String content, @Nullable String challenge,
			@Nullable String solution) {
	}

	@PostMapping("/solicitations/{id}/opinions")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "提交征集意见", description = "征集期间提交；经审核后公开（不公开联系方式）。")
	void opinion(@PathVariable long id, @RequestBody Contribution opinion, HttpServletRequest http) {
		guard.pass(http, opinion.challenge(), opinion.solution());
		solicitations.submit(id, opinion.name(), opinion.contact(), opinion.content());
	}

	@PostMapping("/interviews/{id}/questions")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "向访谈提问", description = "访谈开始前和进行中提问；经审核后显示在访谈实录中。")
	void question(@PathVariable long id, @RequestBody Contribution question, HttpServletRequest http) {
		guard.pass(http, question.challenge(), question.solution());
		interviews.ask(id, question.name(), question.content());
	}

	@GetMapping("/interviews/{id}/transcript")
	@Operation(summary = "访谈实录", description = "after 之后的发言（0 为全部），按顺序。")
	List<TranscriptEntry> transcript(@PathVariable long id, @RequestParam(defaultValue = "0") long after) {
		interviews.shown(id).orElseThrow(() -> new ParticipationRefused(404, "participation.unknown"));
		return interviews.transcript(id, after);
	}
}
