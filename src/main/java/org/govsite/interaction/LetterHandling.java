package org.govsite.interaction;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.govsite.calendar.WorkingCalendar;
import org.govsite.interaction.internal.AttachmentStore;
import org.govsite.interaction.internal.Letter;
import org.govsite.interaction.internal.LetterNotices;
import org.govsite.interaction.internal.LetterStore;
import org.govsite.interaction.internal.MailboxStore;
import org.govsite.interaction.internal.PersonalData;
import org.govsite.interaction.internal.StoredLetter;
import org.govsite.platform.NotFound;
import org.govsite.platform.ResidentIdNumber;
import org.govsite.platform.RuleViolation;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handling letters in the console (SPEC.md §7): accept or reject with a reason, pass on (转办) to a
 * department of the mailbox within its hops or back, draft a reply that another handler reviews and
 * sends, ask for more working days that the site manager grants. Every step is in the letter's
 * history; the console's requests are in the audit trail besides.
 */
@Service
@Transactional
public class LetterHandling {

	private final MailboxStore mailboxes;

	private final LetterStore letters;

	private final PersonalData personal;

	private final WorkingCalendar calendar;

	private final SiteDirectory sites;

	private final LetterNotices notices;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AttachmentStore attachments;

	LetterHandling(MailboxStore mailboxes, LetterStore letters, PersonalData personal, WorkingCalendar calendar,
			SiteDirectory sites, LetterNotices notices, ApplicationEventPublisher events, Clock clock,
			AttachmentStore attachments) {
		this.attachments = attachments;
		this.mailboxes = mailboxes;
		this.letters = letters;
		this.personal = personal;
		this.calendar = calendar;
		this.sites = sites;
		this.notices = notices;
		this.events = events;
		this.clock = clock;
	}

	/** A line of the console's list. */
	public record LetterLine(long id, String subject, String mailbox, String site, LetterState state, LocalDate receivedOn,
			@Nullable LocalDate dueOn, boolean overdue, boolean extensionWaiting) {
	}

	/**
	 * A letter as a handler sees it: contact details masked (unmasked by {@link #contact}, audited).
	 *
	 * @param passOnTo the sites it may be passed on to now
	 */
	public record LetterDetail(LetterLine line, String content, String writer, @Nullable String phone, @Nullable String email,
			@Nullable String idNumber, boolean publishable, boolean published, int hops, int maxHops, boolean simple,
			@Nullable String rejection, @Nullable String reply, @Nullable String replyWriter,
			StoredLetter.@Nullable Extension extension, @Nullable Satisfaction satisfaction,
			@Nullable String satisfactionComment, List<SiteSummary> passOnTo, List<LetterStore.Event> history,
			boolean mayAct, List<String> heldFindings) {
	}

	/** The writer's contact details in the clear, for the handler who must call back. */
	public record Contact(String name, @Nullable String phone, @Nullable String email, @Nullable String idNumber) {
	}

	/** A new mailbox of the site, set up by its site manager. */
	public long createMailbox(long siteId, MailboxSettings settings) {
		LetterAccess.requireManager(siteId);
		if (settings.name().isBlank()) {
			throw new RuleViolation("interaction.mailbox.nameRequired");
		}
		try {
			long id = mailboxes.create(siteId, settings);
			events.publishEvent(new MailboxOpened(id, siteId));
			return id;
		}
		catch (IllegalArgumentException e) {
			throw new RuleViolation("interaction.mailbox.limits");
		}
	}

	/** The sites the user manages: where they may open mailboxes. */
	@Transactional(readOnly = true)
	public List<SiteSummary> managedSites() {
		java.util.Set<String> authorities = new java.util.HashSet<>();
		LetterAccess.user().getAuthorities().forEach(granted -> authorities.add(String.valueOf(granted.getAuthority())));
		return sites.all().stream()
			.filter(site -> authorities.contains(org.govsite.identity.StaffRole.SITE_MANAGER.forSite(site.id())))
			.toList();
	}

	/** The mailboxes of the sites the user handles letters for. */
	@Transactional(readOnly = true)
	public List<MailboxView> mailboxes() {
		Set<Long> mine = LetterAccess.sitesOf(LetterAccess.user());
		return mailboxes.all().stream().filter(box -> mine.contains(box.siteId())).toList();
	}

	/** Letters the signed-in user's sites handle now or received in their mailboxes, newest first. */
	@Transactional(readOnly = true)
	public List<LetterLine> mine() {
		return letters.handledBy(LetterAccess.sitesOf(LetterAccess.user()), 500).stream().map(this::line).toList();
	}

	/** Letters waiting for a reply at the user's sites, earliest deadline first. */
	@Transactional(readOnly = true)
	public List<LetterLine> waitingFor(Set<Long> siteIds) {
		return letters.waiting(siteIds).stream().map(this::line).toList();
	}

	@Transactional(readOnly = true)
	public LetterDetail detail(long id) {
		StoredLetter stored = readable(id);
		Letter letter = stored.letter();
		MailboxView mailbox = mailbox(letter);
		return new LetterDetail(line(stored), stored.content(), stored.shownWriter(),
				stored.sealedPhone() == null ? null : PersonalData.maskedPhone(personal.open(stored.sealedPhone())),
				stored.sealedEmail() == null ? null : PersonalData.maskedEmail(personal.open(stored.sealedEmail())),
				stored.sealedIdNumber() == null ? null : ResidentIdNumber.masked(personal.open(stored.sealedIdNumber())),
				stored.publishable(), stored.published(), letter.hops(), mailbox.settings().maxHops(), letter.simple(),
				letter.rejection(), letter.reply(), letter.replyWriter(), stored.extension(), letter.satisfaction(),
				stored.satisfactionComment(), passOnTo(mailbox, letter), letters.events(id),
				LetterAccess.sitesOf(LetterAccess.user()).contains(letter.handlingUnit()),
				stored.heldFindings() == null ? List.of() : List.of(stored.heldFindings().split("\n")));
	}

	@Transactional(readOnly = true)
	public Contact contact(long id) {
		StoredLetter stored = readable(id);
		return new Contact(stored.writerName(), stored.sealedPhone() == null ? null : personal.open(stored.sealedPhone()),
				stored.sealedEmail() == null ? null : personal.open(stored.sealedEmail()),
				stored.sealedIdNumber() == null ? null : personal.open(stored.sealedIdNumber()));
	}

	/** The letter's attachments, for those who may read it. */
	@Transactional(readOnly = true)
	public List<LetterAttachment> attachments(long id) {
		readable(id);
		return attachments.ofLetter(id);
	}

	@Transactional(readOnly = true)
	public LetterAttachment.Download attachment(long id, long attachmentId) {
		readable(id);
		return attachments.file(id, attachmentId).orElseThrow(() -> new NotFound("attachment", attachmentId));
	}

	/** Whether the attachment may be downloaded from the published letter: a handler's decision, in its history. */
	public void allowAttachment(long id, long attachmentId, boolean allowed) {
		handled(id);
		LetterAttachment attachment = attachments.file(id, attachmentId)
			.orElseThrow(() -> new NotFound("attachment", attachmentId)).attachment();
		attachments.allowPublic(id, attachmentId, allowed);
		letters.event(id, clock.instant(), LetterAccess.user().getName(),
				allowed ? "interaction.event.attachmentAllowed" : "interaction.event.attachmentWithheld", attachment.fileName());
	}

	public void accept(long id, boolean simpleQuestion) {
		StoredLetter stored = handled(id);
		stored.letter().accept(MailboxStore.rule(mailbox(stored.letter())), simpleQuestion, calendar);
		saved(stored, "interaction.event.accepted", simpleQuestion ? "简单咨询" : null);
	}

	public void reject(long id, String reason) {
		StoredLetter stored = handled(id);
		stored.letter().reject(reason);
		saved(stored, "interaction.event.rejected", reason.strip());
	}

	/** 转办: to a department of the mailbox, or back to the mailbox's own site. */
	public void assign(long id, long siteId) {
		StoredLetter stored = handled(id);
		Letter letter = stored.letter();
		MailboxView mailbox = mailbox(letter);
		if (passOnTo(mailbox, letter).stream().noneMatch(site -> site.id() == siteId) && siteId != letter.handlingUnit()) {
			throw new RuleViolation("interaction.letter.notADepartment");
		}
		letter.assign(siteId, MailboxStore.rule(mailbox));
		saved(stored, "interaction.event.assigned", siteName(siteId));
		notices.assigned(siteId, id, stored.subject());
	}

	public void draftReply(long id, String text) {
		StoredLetter stored = handled(id);
		String me = LetterAccess.user().getName();
		stored.letter().draftReply(text, me);
		saved(stored, "interaction.event.drafted", null);
		notices.replyWaiting(stored.letter().handlingUnit(), id, stored.subject(), me);
	}

	/**
	 * The reviewer, never the reply's writer, approves the reply: it is sent (the writer sees it with
	 * the code) and, if they allowed it and the reviewer passes the letter, published.
	 */
	public void approveReply(long id, boolean publish) {
		StoredLetter stored = handled(id);
		if (publish && stored.publishable() && stored.held()) {
			throw new RuleViolation("interaction.letter.held");
		}
		Letter letter = stored.letter();
		letter.approveReply(LetterAccess.user().getName(), clock.instant());
		boolean published = publish && stored.publishable();
		saved(stored, "interaction.event.replied", published ? "公开" : "不公开");
		letters.set(id, "reply_site_id", letter.handlingUnit());
		letters.set(id, "published", published);
		events.publishEvent(new LetterReplied(id, letter.mailboxId(), mailbox(letter).siteId(),
				Objects.requireNonNull(letter.repliedAt()), published));
	}

	/**
	 * A moderator read the findings of the automatic check and clears the letter: from now on it may
	 * be published like any other. The findings stay in its history.
	 */
	public void clearHold(long id) {
		StoredLetter stored = handled(id);
		if (!stored.held()) {
			throw new RuleViolation("interaction.letter.notHeld");
		}
		letters.set(id, "held_findings", null);
		letters.event(id, clock.instant(), LetterAccess.user().getName(), "interaction.event.cleared", null);
	}

	public void sendBackReply(long id, String reason) {
		StoredLetter stored = handled(id);
		String writer = Objects.requireNonNull(stored.letter().replyWriter());
		stored.letter().sendBackReply(LetterAccess.user().getName());
		saved(stored, "interaction.event.sentBack", reason.isBlank() ? null : reason.strip());
		notices.replySentBack(writer, id, stored.subject());
	}

	/** Asks the site manager for more working days. */
	public void requestExtension(long id, int workingDays, String reason) {
		StoredLetter stored = handled(id);
		if (stored.letter().state() != LetterState.ACCEPTED) {
			throw new RuleViolation("interaction.letter.wrongState", stored.letter().state().name());
		}
		if (workingDays < 1 || workingDays > 30 || reason.isBlank()) {
			throw new RuleViolation("interaction.letter.extensionIncomplete");
		}
		String me = LetterAccess.user().getName();
		letters.requestExtension(id, new StoredLetter.Extension(workingDays, reason.strip(), me));
		letters.event(id, clock.instant(), me, "interaction.event.extensionRequested", workingDays + " 个工作日：" + reason.strip());
		notices.extensionWaiting(stored.letter().handlingUnit(), id, stored.subject(), me);
	}

	/** The site manager grants (or refuses) the pending request. */
	public void decideExtension(long id, boolean grant) {
		StoredLetter stored = handled(id);
		LetterAccess.requireManager(stored.letter().handlingUnit());
		StoredLetter.Extension extension = stored.extension();
		if (extension == null) {
			throw new RuleViolation("interaction.letter.noExtension");
		}
		if (grant) {
			stored.letter().extend(extension.workingDays(), extension.requestedBy(), LetterAccess.user().getName(),
					extension.reason(), calendar);
		}
		letters.requestExtension(id, null);
		saved(stored, grant ? "interaction.event.extended" : "interaction.event.extensionRefused",
				grant ? "至 " + stored.letter().dueOn() : null);
	}

	private void saved(StoredLetter stored, String action, @Nullable String detail) {
		letters.save(stored.id(), stored.letter());
		letters.event(stored.id(), clock.instant(), LetterAccess.user().getName(), action, detail);
	}

	private StoredLetter handled(long id) {
		StoredLetter stored = letters.lock(id).orElseThrow(() -> new NotFound("letter", id));
		LetterAccess.requireHandler(stored.letter().handlingUnit());
		return stored;
	}

	/** The handlers of the site handling the letter now, and of the mailbox's site, which follows what it passed on. */
	private StoredLetter readable(long id) {
		StoredLetter stored = letters.find(id).orElseThrow(() -> new NotFound("letter", id));
		Set<Long> mine = LetterAccess.sitesOf(LetterAccess.user());
		if (!mine.contains(stored.letter().handlingUnit()) && !mine.contains(mailbox(stored.letter()).siteId())) {
			LetterAccess.requireHandler(stored.letter().handlingUnit());
		}
		return stored;
	}

	private MailboxView mailbox(Letter letter) {
		return mailboxes.find(letter.mailboxId()).orElseThrow();
	}

	private List<SiteSummary> passOnTo(MailboxView mailbox, Letter letter) {
		if (letter.state() != LetterState.ACCEPTED || letter.hops() >= mailbox.settings().maxHops()) {
			return List.of();
		}
		List<Long> ids = new ArrayList<>(mailbox.settings().departments());
		ids.add(mailbox.siteId());
		ids.remove(letter.handlingUnit());
		return ids.stream().distinct().flatMap(siteId -> sites.find(siteId).stream()).toList();
	}

	private LetterLine line(StoredLetter stored) {
		Letter letter = stored.letter();
		return new LetterLine(stored.id(), stored.subject(), mailboxes.find(letter.mailboxId()).map(MailboxView::name).orElse(""),
				siteName(letter.handlingUnit()), letter.state(), letter.receiptDay(), letter.dueOn(),
				letter.overdueOn(LocalDate.now(clock)), stored.extension() != null);
	}

	private String siteName(long siteId) {
		return sites.find(siteId).map(SiteSummary::name).orElse(String.valueOf(siteId));
	}
}
