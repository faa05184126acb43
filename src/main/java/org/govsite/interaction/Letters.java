package org.govsite.interaction;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.govsite.calendar.WorkingCalendar;
import org.govsite.interaction.internal.AttachmentCheck;
import org.govsite.interaction.internal.AttachmentStore;
import org.govsite.interaction.internal.CitizenLetters;
import org.govsite.interaction.internal.InteractionProperties;
import org.govsite.interaction.internal.Letter;
import org.govsite.interaction.internal.LetterNotices;
import org.govsite.interaction.internal.LetterStore;
import org.govsite.interaction.internal.MailboxStore;
import org.govsite.interaction.internal.PersonalData;
import org.govsite.interaction.internal.StoredLetter;
import org.govsite.platform.QueryCodes;
import org.govsite.platform.ResidentIdNumber;
import org.govsite.platform.TextChecker;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizens' side of 互动交流: the mailboxes a site offers, writing a letter (checked, limited
 * per phone, duplicates refused, committed before the answer), following it and rating its reply
 * with the query code, and the replies published on the site with their statistics.
 */
@Service
@Transactional
public class Letters {

	/** The same text from the same phone within this time is a duplicate. */
	static final Duration DUPLICATE_WINDOW = Duration.ofDays(1);

	// compiled once: every letter is checked against them
	private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s-]");

	private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{9,11}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final MailboxStore mailboxes;

	private final LetterStore letters;

	private final PersonalData personal;

	private final SubmissionLimits limits;

	private final WorkingCalendar calendar;

	private final SiteDirectory sites;

	private final LetterNotices notices;

	private final InteractionProperties properties;

	private final ObjectProvider<TextChecker> checker;

	private final Clock clock;

	private final AttachmentStore attachments;

	private final ApplicationEventPublisher events;

	private final CitizenLetters citizens;

	Letters(MailboxStore mailboxes, LetterStore letters, PersonalData personal, SubmissionLimits limits,
			WorkingCalendar calendar, SiteDirectory sites, LetterNotices notices, InteractionProperties properties,
			ObjectProvider<TextChecker> checker, Clock clock, AttachmentStore attachments, ApplicationEventPublisher events,
			CitizenLetters citizens) {
		this.events = events;
		this.citizens = citizens;
		this.attachments = attachments;
		this.checker = checker;
		this.mailboxes = mailboxes;
		this.letters = letters;
		this.personal = personal;
		this.limits = limits;
		this.calendar = calendar;
		this.sites = sites;
		this.notices = notices;
		this.properties = properties;
		this.clock = clock;
	}

	/** The open mailboxes of the site with that 标识码. */
	@Transactional(readOnly = true)
	public List<MailboxView> mailboxesOf(String siteCode) {
		return site(siteCode).map(site -> mailboxes.ofSite(site.id()).stream().filter(MailboxView::open).toList())
			.orElse(List.of());
	}

	@Transactional(readOnly = true)
	public Optional<SiteSummary> site(String siteCode) {
		return sites.all().stream().filter(site -> siteCode.equals(site.siteCode())).findFirst();
	}

	@Transactional(readOnly = true)
	public Optional<MailboxView> mailbox(long id) {
		return mailboxes.find(id);
	}

	/**
	 * Takes a letter: checked field by field, at most so many a day from one phone, not the same
	 * text twice. The answer comes after the commit: a letter answered is a letter kept.
	 */
	public LetterReceipt submit(long mailboxId, NewLetter written) {
		return submit(mailboxId, written, List.of());
	}

	/**
	 * Takes a letter with its attachments (images and PDF, typed by content, so many and so large
	 * at most, a PDF's text checked with the letter's): all refused if one is.
	 */
	public LetterReceipt submit(long mailboxId, NewLetter written, List<NewAttachment> files) {
		MailboxView mailbox = mailboxes.find(mailboxId).filter(MailboxView::open)
			.orElseThrow(() -> new LetterRefused(404, "interaction.submit.noMailbox"));
		Checked letter = check(written, mailbox.settings().realNameRequired());
		List<AttachmentCheck.Checked> sent = AttachmentCheck.check(files, properties.maxAttachments(),
				properties.maxAttachmentSize().toBytes());
		String phoneDigest = personal.digest(letter.phone());
		String contentDigest = personal.digest(letter.subject() + "\n" + letter.content());
		if (letters.duplicate(phoneDigest, contentDigest, clock.instant().minus(DUPLICATE_WINDOW))) {
			throw new LetterRefused(409, "interaction.submit.duplicate");
		}
		if (!limits.tryPhone(phoneDigest)) {
			throw new LetterRefused(429, "interaction.submit.tooManyFromPhone");
		}
		LocalDate receiptDay = calendar.receiptDay(LocalDate.now(clock));
		Letter handling = new Letter(mailbox.id(), mailbox.siteId(), clock.instant(), receiptDay);
		String code = QueryCodes.next();
		long id = letters.insert(code, handling, letter.name(), written.female(), personal.seal(letter.phone()), phoneDigest,
				personal.sealOptional(letter.email()), personal.sealOptional(letter.idNumber()), letter.subject(),
				letter.content(), contentDigest, written.publishable(), "来信人", "interaction.event.submitted");
		citizens.written("interaction_letter", id, letter.email());
		StringBuilder text = new StringBuilder(letter.subject()).append('\n').append(letter.content());
		for (AttachmentCheck.Checked file : sent) {
			attachments.insert(id, file);
			text.append('\n').append(file.text());
		}
		hold(id, text.toString());
		notices.received(mailbox, id, letter.subject());
		return new LetterReceipt(code, calendar.addWorkingDays(receiptDay, mailbox.settings().workingDays()));
	}

	/**
	 * The automatic content check, as on submission of a document: a letter with blocking findings
	 * is still taken (what a citizen wrote is never lost) but held, findings shown to the moderator,
	 * until a moderator clears it; a held letter is never published. Without a checker (module
	 * tests, no guard) nothing is held.
	 */
	private void hold(long id, String text) {
		TextChecker check = checker.getIfAvailable();
		if (check == null) {
			return;
		}
		List<String> blocking = check.check(text).stream().filter(TextChecker.Finding::blocking)
			.map(TextChecker.Finding::description).distinct().toList();
		if (!blocking.isEmpty()) {
			letters.set(id, "held_findings", String.join("\n", blocking));
			letters.event(id, clock.instant(), "内容检查", "interaction.event.held", String.join("；", blocking));
		}
	}

	private record Checked(String name, String phone, @Nullable String email, @Nullable String idNumber, String subject,
			String content) {
	}

	private Checked check(NewLetter letter, boolean realNameRequired) {
		String name = required(letter.name(), 50, "name");
		String phone = PHONE_SEPARATORS.matcher(required(letter.phone(), 20, "phone")).replaceAll("");
		if (!PHONE.matcher(phone).matches()) {
			throw new LetterRefused(400, "interaction.submit.phone");
		}
		String email = optional(letter.email(), 100, "email");
		if (email != null && !EMAIL.matcher(email).matches()) {
			throw new LetterRefused(400, "interaction.submit.email");
		}
		String idNumber = optional(letter.idNumber(), 18, "idNumber");
		if (idNumber == null && realNameRequired) {
			throw new LetterRefused(400, "interaction.submit.idNumberRequired");
		}
		if (idNumber != null && !ResidentIdNumber.isValid(idNumber)) {
			throw new LetterRefused(400, "interaction.submit.idNumber");
		}
		return new Checked(name, phone, email, idNumber, required(letter.subject(), 100, "subject"),
				required(letter.content(), properties.maxContentChars(), "content"));
	}

	private static String required(@Nullable String value, int max, String field) {
		return required(value, max, "interaction.submit.", field);
	}

	private static @Nullable String optional(@Nullable String value, int max, String field) {
		return optional(value, max, "interaction.submit.", field);
	}

	/** The field stripped, refused with {@code <refusals>required.<field>} when blank. */
	static String required(@Nullable String value, int max, String refusals, String field) {
		String stripped = optional(value, max, refusals, field);
		if (stripped == null) {
			throw new LetterRefused(400, refusals + "required." + field);
		}
		return stripped;
	}

	/** The field stripped or null, refused with {@code <refusals>tooLong.<field>} beyond max characters. */
	static @Nullable String optional(@Nullable String value, int max, String refusals, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		if (stripped.codePointCount(0, stripped.length()) > max) {
			throw new LetterRefused(400, refusals + "tooLong." + field);
		}
		return stripped;
	}

	/** How many files a letter may carry, and how large each. */
	public record AttachmentLimits(int files, long bytesEach) {

		public long megabytesEach() {
			return bytesEach / (1024 * 1024);
		}
	}

	public AttachmentLimits attachmentLimits() {
		return new AttachmentLimits(properties.maxAttachments(), properties.maxAttachmentSize().toBytes());
	}

	/** Where the letter of that code stands. */
	@Transactional(readOnly = true)
	public Optional<LetterStatus> follow(String queryCode) {
		return letters.byCode(QueryCodes.normalized(queryCode)).map(this::status);
	}

	private LetterStatus status(StoredLetter stored) {
		Letter letter = stored.letter();
		String mailbox = mailboxes.find(letter.mailboxId()).map(MailboxView::name).orElse("");
		LocalDate replyBy = letter.dueOn();
		if (replyBy == null && letter.state() == LetterState.RECEIVED) {
			replyBy = mailboxes.find(letter.mailboxId())
				.map(box -> calendar.addWorkingDays(letter.receiptDay(), box.settings().workingDays()))
				.orElse(null);
		}
		boolean replied = letter.state() == LetterState.REPLIED;
		return new LetterStatus(stored.queryCode(), mailbox, stored.subject(), letter.state(), letter.receiptDay(), replyBy,
				letter.rejection(), replied ? letter.reply() : null,
				replied && letter.repliedAt() != null ? LocalDate.ofInstant(letter.repliedAt(), clock.getZone()) : null,
				replied ? unitName(stored.replySiteId()) : null, letter.satisfaction(),
				replied && letter.satisfaction() == null);
	}

	/** The writer's rating of the reply; a first 不满意 has the letter handled once more. */
	public LetterStatus rate(String queryCode, Satisfaction rating, @Nullable String comment) {
		StoredLetter stored = letters.byCode(QueryCodes.normalized(queryCode))
			.flatMap(found -> letters.lock(found.id()))
			.orElseThrow(() -> new LetterRefused(404, "interaction.follow.unknown"));
		Letter letter = stored.letter();
		if (letter.state() != LetterState.REPLIED || letter.satisfaction() != null) {
			throw new LetterRefused(409, "interaction.rate.notNow");
		}
		String text = optional(comment, 500, "comment");
		MailboxView mailbox = mailboxes.find(letter.mailboxId()).orElseThrow();
		letter.rate(rating, MailboxStore.rule(mailbox), LocalDate.now(clock), calendar);
		letters.save(stored.id(), letter);
		letters.set(stored.id(), "satisfaction_comment", text);
		letters.event(stored.id(), clock.instant(), "来信人", "interaction.event.rated." + rating.name(), text);
		if (letter.state() == LetterState.ACCEPTED) {
			if (stored.published()) {
				events.publishEvent(new ReplyWithdrawn(stored.id(), mailbox.id(), mailbox.siteId()));
			}
			letters.set(stored.id(), "published", false);
			notices.reopened(letter.handlingUnit(), stored.id(), stored.subject());
		}
		return status(letters.find(stored.id()).orElseThrow());
	}

	/** A page of the mailbox's published letters, newest reply first. */
	@Transactional(readOnly = true)
	public List<PublishedLetter> published(long mailboxId, int page, int size) {
		return letters.published(mailboxId, Math.max(0, page - 1) * size, size).stream().map(this::shown).toList();
	}

	/** The mailbox's published letters from the {@code offset}-th newest reply on. */
	@Transactional(readOnly = true)
	public List<PublishedLetter> publishedFrom(long mailboxId, int offset, int limit) {
		return letters.published(mailboxId, offset, limit).stream().map(this::shown).toList();
	}

	/** How many of the mailbox's letters are published. */
	@Transactional(readOnly = true)
	public int publishedCount(long mailboxId) {
		return letters.countPublished(mailboxId);
	}

	@Transactional(readOnly = true)
	public Optional<PublishedLetter> publishedLetter(long id) {
		return letters.find(id).filter(StoredLetter::published)
			.filter(stored -> stored.letter().state() == LetterState.REPLIED)
			.filter(stored -> !stored.held())
			.map(this::shown);
	}

	/** The attachments of a published letter that a handler allowed on the site. */
	@Transactional(readOnly = true)
	public List<LetterAttachment> publishedAttachments(long letterId) {
		if (publishedLetter(letterId).isEmpty()) {
			return List.of();
		}
		return attachments.ofLetter(letterId).stream().filter(LetterAttachment::publicAllowed).toList();
	}

	/** One of those, with its content; empty unless the letter is published and the attachment allowed. */
	@Transactional(readOnly = true)
	public Optional<LetterAttachment.Download> publishedAttachment(long letterId, long attachmentId) {
		if (publishedLetter(letterId).isEmpty()) {
			return Optional.empty();
		}
		return attachments.file(letterId, attachmentId).filter(file -> file.attachment().publicAllowed());
	}

	private PublishedLetter shown(StoredLetter stored) {
		Letter letter = stored.letter();
		return new PublishedLetter(stored.id(), letter.mailboxId(), stored.subject(), stored.content(), stored.shownWriter(),
				letter.receiptDay(), LocalDate.ofInstant(java.util.Objects.requireNonNull(letter.repliedAt()), clock.getZone()),
				unitName(stored.replySiteId()), java.util.Objects.requireNonNull(letter.reply()));
	}

	/** Received, replied, on time and the average working days from receipt to reply, of one mailbox. */
	@Transactional(readOnly = true)
	public MailboxFigures figures(MailboxView mailbox) {
		List<StoredLetter> all = letters.ofMailbox(mailbox.id());
		int replied = 0;
		int onTime = 0;
		long days = 0;
		for (StoredLetter stored : all) {
			Letter letter = stored.letter();
			if (letter.repliedAt() == null) {
				continue;
			}
			LocalDate repliedOn = LocalDate.ofInstant(letter.repliedAt(), clock.getZone());
			replied++;
			days += Math.max(0, calendar.workingDaysBetween(letter.receiptDay(), repliedOn));
			if (letter.dueOn() == null || !repliedOn.isAfter(letter.dueOn())) {
				onTime++;
			}
		}
		int received = (int) all.stream().filter(stored -> stored.letter().state() != LetterState.REJECTED).count();
		return new MailboxFigures(mailbox.id(), mailbox.name(), received, replied, onTime,
				replied == 0 ? 0 : Math.round(10.0 * days / replied) / 10.0);
	}

	private String unitName(@Nullable Long siteId) {
		return siteId == null ? "" : sites.find(siteId).map(SiteSummary::name).orElse("");
	}
}
