package org.govsite.interaction;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.govsite.calendar.WorkingCalendar;
import org.govsite.interaction.internal.ContentFindings;
import org.govsite.interaction.internal.InterviewPages;
import org.govsite.interaction.internal.InterviewStore;
import org.govsite.publish.PageLinks;
import org.govsite.site.SiteDirectory;
import org.govsite.platform.NotFound;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 在线访谈: staff announce an interview with its guests; citizens ask questions before and during
 * it; a moderator passes a question, which then appears in the transcript; guests answer it there.
 * Questions not answered live are answered within {@value #ANSWER_WORKING_DAYS} working days of
 * the end (SPEC.md §7); then the interview is archived with its whole transcript: kept as one page
 * in the database, served by the public role, and published as a static page of the site
 * ({@link InterviewArchived}; {@code fangtan/} in the site's theme).
 */
@Service
@Transactional
public class Interviews {

	static final int ANSWER_WORKING_DAYS = 5;

	private final InterviewStore store;

	private final WorkingCalendar calendar;

	private final SiteDirectory sites;

	private final ITemplateEngine templates;

	private final ContentFindings check;

	private final PageLinks links;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Interviews(InterviewStore store, WorkingCalendar calendar, SiteDirectory sites, ITemplateEngine templates,
			ContentFindings check, PageLinks links, ApplicationEventPublisher events, Clock clock) {
		this.links = links;
		this.events = events;
		this.check = check;
		this.templates = templates;
		this.store = store;
		this.calendar = calendar;
		this.sites = sites;
		this.clock = clock;
	}

	public long schedule(long siteId, NewInterview interview) {
		LetterAccess.requireHandler(siteId);
		return store.insert(siteId, ParticipationFields.required(interview.title(), 100, "title"),
				ParticipationFields.required(interview.guests(), 500, "guests"),
				ParticipationFields.required(interview.notice(), 5000, "notice"),
				interview.startsAt().atZone(clock.getZone()).toInstant(), LetterAccess.user().getName());
	}

	@Transactional(readOnly = true)
	public List<InterviewView> mine() {
		return store.ofSites(LetterAccess.sitesOf(LetterAccess.user()));
	}

	@Transactional(readOnly = true)
	public InterviewView handled(long id) {
		InterviewView interview = store.find(id).orElseThrow(() -> new NotFound("interview", id));
		LetterAccess.requireHandler(interview.siteId());
		return interview;
	}

	@Transactional(readOnly = true)
	public List<InterviewQuestion> questions(long id) {
		handled(id);
		return store.questions(id);
	}

	public void start(long id) {
		move(id, InterviewState.SCHEDULED, InterviewState.LIVE, null);
	}

	/** Over: questions passed (or still waiting) and not answered are due within 5 working days. */
	public void end(long id) {
		LocalDate today = LocalDate.now(clock);
		move(id, InterviewState.LIVE, InterviewState.ENDED, today);
		store.dueAfterEnd(id, calendar.addWorkingDays(calendar.receiptDay(today), ANSWER_WORKING_DAYS));
	}

	private void move(long id, InterviewState from, InterviewState to, @Nullable LocalDate endedOn) {
		InterviewView interview = locked(id);
		if (interview.state() != from) {
			throw new ParticipationRefused(409, "participation.interview.state");
		}
		store.state(id, to, endedOn);
	}

	/** A question passed appears in the transcript at once, under the asker's name. */
	public void moderate(long questionId, boolean pass) {
		InterviewQuestion question = questionHandled(questionId);
		if (question.state() != Moderation.PENDING) {
			throw new ParticipationRefused(409, "participation.moderated");
		}
		store.moderate(questionId, pass ? Moderation.PASSED : Moderation.REFUSED, LetterAccess.user().getName());
		if (pass) {
			store.entry(question.interviewId(), clock.instant(), TranscriptEntry.Kind.QUESTION, "网友 " + question.asker(),
					question.content(), null, questionId);
		}
	}

	/** A guest's answer to a passed question: live, or after the end within the deadline. */
	public void answer(long questionId, @Nullable String speaker, @Nullable String text, @Nullable String pictureUrl) {
		InterviewQuestion question = questionHandled(questionId);
		InterviewView interview = locked(question.interviewId());
		if (question.state() != Moderation.PASSED || question.answered()
				|| interview.state() == InterviewState.SCHEDULED || interview.state() == InterviewState.ARCHIVED) {
			throw new ParticipationRefused(409, "participation.interview.answer");
		}
		store.entry(interview.id(), clock.instant(), TranscriptEntry.Kind.ANSWER, ParticipationFields.required(speaker, 50, "speaker"),
				ParticipationFields.required(text, 5000, "answer"), ParticipationFields.link(pictureUrl, "pictureUrl"), questionId);
		store.answered(questionId);
	}

	/** What a host or guest says on air, with a picture if any. */
	public void remark(long id, @Nullable String speaker, @Nullable String text, @Nullable String pictureUrl) {
		InterviewView interview = locked(id);
		if (interview.state() != InterviewState.LIVE) {
			throw new ParticipationRefused(409, "participation.interview.state");
		}
		store.entry(id, clock.instant(), TranscriptEntry.Kind.REMARK, ParticipationFields.required(speaker, 50, "speaker"),
				ParticipationFields.required(text, 5000, "answer"), ParticipationFields.link(pictureUrl, "pictureUrl"), null);
	}

	/**
	 * Keeps the public page for good, once every passed question has its answer: rendered once more
	 * from the public page's template without its form and script, and served as it is from then on.
	 */
	public void archive(long id) {
		InterviewView interview = locked(id);
		if (interview.state() != InterviewState.ENDED) {
			throw new ParticipationRefused(409, "participation.interview.state");
		}
		if (store.questions(id).stream().anyMatch(question -> question.state() != Moderation.REFUSED && !question.answered())) {
			throw new ParticipationRefused(409, "participation.interview.unanswered");
		}
		List<TranscriptEntry> transcript = store.entries(id, 0);
		Context page = new Context(Locale.SIMPLIFIED_CHINESE, Map.of("interview", interview, "transcript", transcript,
				"lastEntry", transcript.isEmpty() ? 0L : transcript.getLast().id(), "archived", true, "zone", clock.getZone()));
		store.archive(id, templates.process("interaction/interview", page), clock.instant());
		events.publishEvent(new InterviewArchived(id, interview.siteId()));
	}

	/** The address of an archived interview's published page on its site, else null (not archived, or the site has no address). */
	@Transactional(readOnly = true)
	public @Nullable String archivedPage(InterviewView interview) {
		if (interview.state() != InterviewState.ARCHIVED) {
			return null;
		}
		String home = sites.find(interview.siteId()).map(links::home).orElse(null);
		return home == null ? null : home + InterviewPages.path(interview.id());
	}

	@Transactional(readOnly = true)
	public List<InterviewQuestion> unanswered(Set<Long> siteIds) {
		return store.unanswered(siteIds);
	}

	@Transactional(readOnly = true)
	public List<InterviewView> ofSite(String siteCode) {
		return sites.all().stream().filter(site -> siteCode.equals(site.siteCode())).findFirst()
			.map(site -> store.ofSites(List.of(site.id()))).orElse(List.of());
	}

	@Transactional(readOnly = true)
	public Optional<InterviewView> shown(long id) {
		return store.find(id);
	}

	/** The transcript after the entry with that id (0: all of it). */
	@Transactional(readOnly = true)
	public List<TranscriptEntry> transcript(long id, long afterId) {
		return store.entries(id, afterId);
	}

	/** A citizen's question, before or during the interview; held for the moderator. */
	public void ask(long id, @Nullable String asker, @Nullable String content) {
		InterviewView interview = store.find(id).orElseThrow(() -> new ParticipationRefused(404, "participation.unknown"));
		if (!interview.asking()) {
			throw new ParticipationRefused(409, "participation.notOpen");
		}
		String name = ParticipationFields.required(asker, 50, "name");
		String text = ParticipationFields.required(content, 1000, "content");
		store.insertQuestion(id, name, text, clock.instant(), interview.state() == InterviewState.LIVE, check.of(name + "\n" + text));
	}

	private InterviewView locked(long id) {
		InterviewView interview = store.lock(id).orElseThrow(() -> new NotFound("interview", id));
		LetterAccess.requireHandler(interview.siteId());
		return interview;
	}

	private InterviewQuestion questionHandled(long questionId) {
		InterviewQuestion question = store.question(questionId)
			.orElseThrow(() -> new NotFound("interviewQuestion", questionId));
		handled(question.interviewId());
		return question;
	}
}
