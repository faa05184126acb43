package org.govsite.interaction;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.govsite.interaction.internal.CitizenLetters;
import org.govsite.interaction.internal.ContentFindings;
import org.govsite.interaction.internal.PersonalData;
import org.govsite.interaction.internal.SolicitationStore;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;
import org.govsite.platform.NotFound;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 意见征集: staff of a site put a draft out for opinions over a period; citizens send opinions,
 * which are shown only once a moderator passed them; after the end staff decide what became of
 * each passed opinion and publish the adoption report (采用情况), due within a month of the end.
 * Staff are the site's letter handlers and managers ({@link LetterAccess}).
 */
@Service
@Transactional
public class Solicitations {

	private final SolicitationStore store;

	private final PersonalData personal;

	private final SiteDirectory sites;

	private final ContentFindings check;

	private final Clock clock;

	private final CitizenLetters citizens;

	Solicitations(SolicitationStore store, PersonalData personal, SiteDirectory sites, ContentFindings check, Clock clock,
			CitizenLetters citizens) {
		this.citizens = citizens;
		this.check = check;
		this.store = store;
		this.personal = personal;
		this.sites = sites;
		this.clock = clock;
	}

	public long create(long siteId, NewSolicitation draft) {
		LetterAccess.requireHandler(siteId);
		NewSolicitation checked = new NewSolicitation(ParticipationFields.required(draft.title(), 100, "title"),
				ParticipationFields.required(draft.draft(), 50_000, "draft"), ParticipationFields.link(draft.draftUrl(), "draftUrl"),
				draft.opensOn(), draft.closesOn(), draft.contactRequired());
		if (checked.closesOn().isBefore(checked.opensOn())) {
			throw new ParticipationRefused(400, "participation.period");
		}
		return store.insert(siteId, checked, ResultDeadline.dueOn(checked.closesOn()), LetterAccess.user().getName(),
				clock.instant());
	}

	/** The solicitations of the sites the user handles, newest end first. */
	@Transactional(readOnly = true)
	public List<SolicitationView> mine() {
		return store.ofSites(LetterAccess.sitesOf(LetterAccess.user()));
	}

	@Transactional(readOnly = true)
	public SolicitationView handled(long id) {
		SolicitationView found = store.find(id).orElseThrow(() -> new NotFound("solicitation", id));
		LetterAccess.requireHandler(found.siteId());
		return found;
	}

	/** Every opinion, for the moderator and the summary. */
	@Transactional(readOnly = true)
	public List<OpinionView> opinions(long id) {
		handled(id);
		return store.opinions(id, null);
	}

	public void moderate(long opinionId, boolean pass) {
		OpinionView opinion = opinionHandled(opinionId);
		if (opinion.state() != Moderation.PENDING) {
			throw new ParticipationRefused(409, "participation.moderated");
		}
		store.moderate(opinionId, pass ? Moderation.PASSED : Moderation.REFUSED, LetterAccess.user().getName(), clock.instant());
	}

	/** What became of a passed opinion; a reason is required unless it was adopted. */
	public void decide(long opinionId, Adoption adoption, @Nullable String reason) {
		OpinionView opinion = opinionHandled(opinionId);
		if (opinion.state() != Moderation.PASSED) {
			throw new ParticipationRefused(409, "participation.adoption.notPassed");
		}
		String why = ParticipationFields.optional(reason, 1000, "reason");
		if (why == null && adoption != Adoption.ADOPTED) {
			throw new ParticipationRefused(400, "participation.required.reason");
		}
		store.decide(opinionId, adoption, why);
	}

	/**
	 * Publishes the summary and the adoption report, once the period is over and every passed
	 * opinion has its decision; a late publication stays late on the record.
	 */
	public void publishResult(long id, @Nullable String summary, @Nullable String report) {
		SolicitationView found = store.lock(id).orElseThrow(() -> new NotFound("solicitation", id));
		LetterAccess.requireHandler(found.siteId());
		if (!found.closedOn(LocalDate.now(clock))) {
			throw new ParticipationRefused(409, "participation.result.notClosed");
		}
		if (found.published()) {
			throw new ParticipationRefused(409, "participation.result.published");
		}
		if (!store.opinions(id, Moderation.PENDING).isEmpty()) {
			throw new ParticipationRefused(409, "participation.result.pending");
		}
		if (store.opinions(id, Moderation.PASSED).stream().anyMatch(opinion -> opinion.adoption() == null)) {
			throw new ParticipationRefused(409, "participation.result.undecided");
		}
		store.publishResult(id, ParticipationFields.required(summary, 5000, "summary"),
				ParticipationFields.required(report, 20_000, "report"), clock.instant());
	}

	/** The solicitations of the site with that 标识码, for its public page. */
	@Transactional(readOnly = true)
	public List<SolicitationView> ofSite(String siteCode) {
		return site(siteCode).map(site -> store.ofSites(List.of(site.id()))).orElse(List.of());
	}

	@Transactional(readOnly = true)
	public Optional<SiteSummary> site(String siteCode) {
		return sites.all().stream().filter(site -> siteCode.equals(site.siteCode())).findFirst();
	}

	@Transactional(readOnly = true)
	public Optional<SolicitationView> shown(long id) {
		return store.find(id);
	}

	/** The opinions a moderator passed: all the public ever sees. */
	@Transactional(readOnly = true)
	public List<OpinionView> passed(long id) {
		return store.opinions(id, Moderation.PASSED);
	}

	/** A citizen's opinion: taken while the period runs, checked, held for the moderator. */
	public void submit(long id, @Nullable String name, @Nullable String contact, @Nullable String content) {
		SolicitationView found = store.find(id).orElseThrow(() -> new ParticipationRefused(404, "participation.unknown"));
		if (!found.openOn(LocalDate.now(clock))) {
			throw new ParticipationRefused(409, "participation.notOpen");
		}
		String writer = ParticipationFields.required(name, 50, "name");
		String reach = found.contactRequired() ? ParticipationFields.required(contact, 100, "contact")
				: ParticipationFields.optional(contact, 100, "contact");
		String text = ParticipationFields.required(content, 5000, "content");
		long opinion = store.insertOpinion(id, writer, personal.sealOptional(reach), text, clock.instant(),
				check.of(writer + "\n" + text));
		citizens.written("interaction_opinion", opinion, reach);
	}

	/** Closed solicitations of the user's sites whose results are not published yet. */
	@Transactional(readOnly = true)
	public List<SolicitationView> awaitingResults(java.util.Set<Long> siteIds) {
		return store.awaitingResults(siteIds, LocalDate.now(clock));
	}

	private OpinionView opinionHandled(long opinionId) {
		OpinionView opinion = store.opinion(opinionId).orElseThrow(() -> new NotFound("opinion", opinionId));
		handled(opinion.solicitationId());
		return opinion;
	}
}
