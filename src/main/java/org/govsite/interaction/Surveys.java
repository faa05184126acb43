package org.govsite.interaction;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.govsite.identity.Citizen;
import org.govsite.identity.CitizenAccounts;
import org.govsite.interaction.internal.ConfirmationMail;
import org.govsite.interaction.internal.PersonalData;
import org.govsite.interaction.internal.SurveyStore;
import org.govsite.site.SiteDirectory;
import org.govsite.platform.NotFound;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 问卷调查: staff write a survey of single-choice, multiple-choice and free-text questions, some
 * required; citizens answer while it is open, once per person. A person is a signed-in citizen
 * account (key {@code account:<id>}, counted at once: the account is who it is) or else an email
 * address confirmed by a link sent to it (key {@code email:<digest>}). A response counts once
 * confirmed; a second confirmed response of the same person is refused by the database, not only
 * by a check before it. Staff see the counts live and
 * publish the results (counts only, no free text) within a month of the end.
 */
@Service
@Transactional
public class Surveys {

	static final int MAX_QUESTIONS = 50;

	static final int MAX_OPTIONS = 20;

	private final SecureRandom random = new SecureRandom();

	private final SurveyStore store;

	private final PersonalData personal;

	private final ConfirmationMail mail;

	private final SiteDirectory sites;

	private final ObjectProvider<CitizenAccounts> citizens;

	private final Clock clock;

	Surveys(SurveyStore store, PersonalData personal, ConfirmationMail mail, SiteDirectory sites,
			ObjectProvider<CitizenAccounts> citizens, Clock clock) {
		this.store = store;
		this.citizens = citizens;
		this.personal = personal;
		this.mail = mail;
		this.sites = sites;
		this.clock = clock;
	}

	public long create(long siteId, NewSurvey survey) {
		LetterAccess.requireHandler(siteId);
		if (survey.closesOn().isBefore(survey.opensOn())) {
			throw new ParticipationRefused(400, "participation.period");
		}
		if (survey.questions().isEmpty() || survey.questions().size() > MAX_QUESTIONS) {
			throw new ParticipationRefused(400, "participation.survey.questions", MAX_QUESTIONS);
		}
		List<NewSurvey.Question> questions = new ArrayList<>();
		for (NewSurvey.Question question : survey.questions()) {
			List<String> options = question.options().stream().filter(option -> option != null && !option.isBlank())
				.map(option -> ParticipationFields.required(option, 100, "option")).toList();
			boolean choice = question.kind() != QuestionKind.TEXT;
			if (choice ? options.size() < 2 || options.size() > MAX_OPTIONS : !options.isEmpty()) {
				throw new ParticipationRefused(400, "participation.survey.options", MAX_OPTIONS);
			}
			questions.add(new NewSurvey.Question(question.kind(), ParticipationFields.required(question.text(), 200, "question"),
					question.required(), options));
		}
		NewSurvey checked = new NewSurvey(ParticipationFields.required(survey.title(), 100, "title"),
				ParticipationFields.required(survey.description(), 2000, "description"), survey.opensOn(), survey.closesOn(),
				questions);
		return store.insert(siteId, checked, ResultDeadline.dueOn(checked.closesOn()), LetterAccess.user().getName(),
				clock.instant());
	}

	@Transactional(readOnly = true)
	public List<SurveyView> mine() {
		return store.ofSites(LetterAccess.sitesOf(LetterAccess.user()));
	}

	@Transactional(readOnly = true)
	public SurveyView handled(long id) {
		SurveyView survey = store.find(id).orElseThrow(() -> new NotFound("survey", id));
		LetterAccess.requireHandler(survey.siteId());
		return survey;
	}

	/** The counts as they stand, with the free texts: for staff. */
	@Transactional(readOnly = true)
	public SurveyTally liveTally(long id) {
		return store.tally(handled(id));
	}

	public void publishResults(long id) {
		SurveyView survey = handled(id);
		if (!survey.closedOn(LocalDate.now(clock))) {
			throw new ParticipationRefused(409, "participation.result.notClosed");
		}
		if (survey.published()) {
			throw new ParticipationRefused(409, "participation.result.published");
		}
		store.publishResults(id, clock.instant());
	}

	@Transactional(readOnly = true)
	public Set<Long> managedSites() {
		return LetterAccess.sitesOf(LetterAccess.user());
	}

	@Transactional(readOnly = true)
	public List<SurveyView> awaitingResults(Set<Long> siteIds) {
		return store.awaitingResults(siteIds, LocalDate.now(clock));
	}

	@Transactional(readOnly = true)
	public List<SurveyView> ofSite(String siteCode) {
		return sites.all().stream().filter(site -> siteCode.equals(site.siteCode())).findFirst()
			.map(site -> store.ofSites(List.of(site.id()))).orElse(List.of());
	}

	@Transactional(readOnly = true)
	public Optional<SurveyView> shown(long id) {
		return store.find(id);
	}

	/** The published results, without the free texts; empty until staff published them. */
	@Transactional(readOnly = true)
	public Optional<SurveyTally> publishedTally(long id) {
		return store.find(id).filter(SurveyView::published).map(store::tally)
			.map(tally -> new SurveyTally(tally.surveyId(), tally.responses(), tally.questions().stream()
				.map(question -> new SurveyTally.QuestionTally(question.question(), question.answered(), question.optionCounts(),
						List.of()))
				.toList()));
	}

	/**
	 * A citizen's answers, checked. Signed in, they count at once for the account (no email is
	 * asked): refused when the account, or its verified email, already answered. Otherwise they are
	 * kept as pending and a confirmation link is sent to the address ({@code confirmBase} and the
	 * token); refused at once when the address already answered.
	 *
	 * @return whether the answers count already (signed in), rather than once the link is followed
	 */
	public boolean submit(long id, @Nullable String email, Map<Long, List<String>> answers, String confirmBase) {
		SurveyView survey = store.find(id).orElseThrow(() -> new ParticipationRefused(404, "participation.unknown"));
		if (!survey.openOn(LocalDate.now(clock))) {
			throw new ParticipationRefused(409, "participation.notOpen");
		}
		List<Ballot.Answer> checked = Ballot.check(survey.questions(), answers);
		CitizenAccounts accounts = citizens.getIfAvailable();
		Optional<Citizen> citizen = accounts == null ? Optional.empty() : accounts.current();
		if (citizen.isPresent()) {
			answerAsCitizen(id, citizen.get(), checked);
			return true;
		}
		String address = ParticipationFields.email(email);
		String person = personKey(address);
		if (store.answered(id, person)) {
			throw new ParticipationRefused(409, "participation.survey.already");
		}
		byte[] bytes = new byte[24];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		long response = store.insertResponse(id, person, personal.seal(address), token, clock.instant(), checked);
		if (accounts != null) {
			store.emailDigest(response, accounts.emailDigest(address));
		}
		mail.send(address, survey.title(), confirmBase + token);
		return false;
	}

	private void answerAsCitizen(long id, Citizen citizen, List<Ballot.Answer> checked) {
		String person = "account:" + citizen.id();
		String email = citizen.email();
		if (store.answered(id, person) || email != null && store.answered(id, personKey(email))) {
			throw new ParticipationRefused(409, "participation.survey.alreadyAccount");
		}
		try {
			store.insertCitizenResponse(id, person, citizen.id(), clock.instant(), checked);
		}
		catch (DuplicateKeyException twice) {
			throw new ParticipationRefused(409, "participation.survey.alreadyAccount");
		}
	}

	/** Follows a confirmation link: the response counts now, unless the same person's already does. */
	public SurveyView confirm(@Nullable String token) {
		if (token == null || token.isBlank() || token.length() > 64) {
			throw new ParticipationRefused(404, "participation.survey.token");
		}
		SurveyStore.Pending pending = store.pending(token).orElseThrow(() -> new ParticipationRefused(404, "participation.survey.token"));
		SurveyView survey = store.find(pending.surveyId()).orElseThrow();
		if (survey.published()) {
			throw new ParticipationRefused(409, "participation.notOpen");
		}
		try {
			store.confirm(pending.id(), clock.instant());
		}
		catch (DuplicateKeyException twice) {
			throw new ParticipationRefused(409, "participation.survey.already");
		}
		return survey;
	}

	/** The person behind an email address, without the address. */
	String personKey(String email) {
		return "email:" + personal.digest("survey-person:" + email);
	}
}
