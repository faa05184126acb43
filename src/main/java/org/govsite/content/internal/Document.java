package org.govsite.content.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.govsite.content.ContentRuleViolation;
import org.govsite.content.DocumentState;
import org.govsite.content.DocumentType;
import org.govsite.content.HistoryAction;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import static org.govsite.content.DocumentState.APPROVED;
import static org.govsite.content.DocumentState.ARCHIVED;
import static org.govsite.content.DocumentState.DRAFT;
import static org.govsite.content.DocumentState.HELD_FOR_SECRECY;
import static org.govsite.content.DocumentState.IN_REVIEW;
import static org.govsite.content.DocumentState.PROOFREADING;
import static org.govsite.content.DocumentState.PUBLISHED;
import static org.govsite.content.DocumentState.SCHEDULED;
import static org.govsite.content.DocumentState.WITHDRAWN;

/**
 * A document of the library and its review workflow (SPEC.md §3). Its text is in its versions
 * (one per save, kept by {@link ContentStore}); the document knows the newest version's number and
 * the live one's. Its state changes only through the methods below, each of which checks the
 * current state, enforces the rules (the reviewer is never an author or editor of the document;
 * one reviewer signs one level of a round) and writes a line of the timeline.
 */
@Table("content_document")
public class Document {

	/** Who does the scheduled work. */
	public static final String SYSTEM = "system";

	@Id
	@Nullable Long id;

	@Version
	@Nullable Integer version;

	long siteId;

	DocumentType type = DocumentType.ARTICLE;

	DocumentState state = DRAFT;

	int reviewLevel;

	int requiredLevels;

	boolean proofreading;

	String createdBy = "";

	Instant createdAt = Instant.EPOCH;

	Instant updatedAt = Instant.EPOCH;

	int currentVersion;

	@Nullable Integer liveVersion;

	@Nullable Instant firstPublishedAt;

	@Nullable Instant liveSince;

	@Nullable Instant scheduledPublishAt;

	@Nullable Instant scheduledWithdrawAt;

	@Nullable LocalDate archivedOn;

	@Nullable Long policyId;

	boolean nonGovernmentReprint;

	@Nullable String secrecyNote;

	@MappedCollection(idColumn = "document_id", keyColumn = "position")
	List<HistoryEntry> history = new ArrayList<>();

	@PersistenceCreator
	Document() {
	}

	/** A new, empty draft; its first version comes with {@link #saved}. */
	public static Document create(long siteId, DocumentType type, String author, Instant now) {
		Document document = new Document();
		document.siteId = siteId;
		document.type = type;
		document.createdBy = author;
		document.createdAt = now;
		document.updatedAt = now;
		document.record(HistoryAction.CREATED, null, DRAFT, 0, author, now, null);
		return document;
	}

	/**
	 * A new version was written. A live document stays live with its old version while the new
	 * one is a draft; a withdrawn one becomes a draft again. Nothing may change while the document
	 * is between submission and release: it is recalled or sent back first.
	 *
	 * @return the new version's number
	 */
	public int saved(String editor, boolean nonGovernmentReprint, @Nullable Long policyId, Instant now) {
		return newVersion(HistoryAction.SAVED, editor, nonGovernmentReprint, policyId, now, null);
	}

	/** An old version was copied as the newest: a save like any other, noted as a restore. */
	public int restored(int fromVersion, String editor, boolean nonGovernmentReprint, Instant now) {
		if (fromVersion < 1 || fromVersion > currentVersion) {
			throw new ContentRuleViolation("content.version.unknown", fromVersion);
		}
		return newVersion(HistoryAction.RESTORED, editor, nonGovernmentReprint, policyId, now, "v" + fromVersion);
	}

	private int newVersion(HistoryAction action, String editor, boolean reprint, @Nullable Long policy, Instant now,
			@Nullable String comment) {
		require(action, DRAFT, PUBLISHED, WITHDRAWN, ARCHIVED);
		if (type == DocumentType.INTERPRETATION && policy == null) {
			throw new ContentRuleViolation("content.field.policyId.required");
		}
		if (policy != null && id != null && policy.longValue() == id) {
			throw new ContentRuleViolation("content.field.policyId.self");
		}
		DocumentState from = state;
		currentVersion++;
		nonGovernmentReprint = reprint;
		policyId = type == DocumentType.INTERPRETATION ? policy : null;
		state = DRAFT;
		updatedAt = now;
		record(action, from, DRAFT, 0, editor, now, comment);
		return currentVersion;
	}

	/**
	 * The author sends the newest version to review, having confirmed the confidentiality check
	 * (保密审查). The levels are those of the strictest channel it is placed in; a reprint from a
	 * non-government source gets one more (SPEC.md §3).
	 */
	public void submit(String actor, ReviewRequirement requirement, boolean confidentialityConfirmed, Instant now) {
		require(HistoryAction.SUBMITTED, DRAFT);
		if (currentVersion == 0) {
			throw new ContentRuleViolation("content.submit.empty");
		}
		if (!confidentialityConfirmed) {
			throw new ContentRuleViolation("content.submit.confidentiality");
		}
		requiredLevels = requirement.levels() + (nonGovernmentReprint ? 1 : 0);
		proofreading = requirement.proofreading();
		secrecyNote = null;
		move(HistoryAction.SUBMITTED, IN_REVIEW, 1, actor, now, null);
	}

	/**
	 * The reviewer of the current level passes the document: on to the next level, to the
	 * editor's proofreading, or approved for release ({@link #release}).
	 */
	public void approve(String reviewer, @Nullable String comment, Instant now) {
		require(HistoryAction.APPROVED, IN_REVIEW);
		refuseAuthors(reviewer);
		if (approversOfThisRound().contains(reviewer)) {
			throw new ContentRuleViolation("content.review.sameReviewer");
		}
		int level = reviewLevel;
		record(HistoryAction.APPROVED, IN_REVIEW, level < requiredLevels ? IN_REVIEW : proofreading ? PROOFREADING : APPROVED,
				level, reviewer, now, comment);
		if (level < requiredLevels) {
			reviewLevel = level + 1;
		}
		else {
			state = proofreading ? PROOFREADING : APPROVED;
			reviewLevel = 0;
		}
		updatedAt = now;
	}

	/** A reviewer sends the document back to its author with a comment. */
	public void sendBack(String reviewer, String comment, Instant now) {
		require(HistoryAction.SENT_BACK, IN_REVIEW, HELD_FOR_SECRECY);
		refuseAuthors(reviewer);
		requireComment(comment);
		move(HistoryAction.SENT_BACK, DRAFT, 0, reviewer, now, comment.strip());
	}

	/** The editor takes a submitted or approved (not yet live) version back to change it. */
	public void recall(String editor, Instant now) {
		require(HistoryAction.RECALLED, IN_REVIEW, PROOFREADING, APPROVED, SCHEDULED);
		scheduledPublishAt = null;
		move(HistoryAction.RECALLED, DRAFT, 0, editor, now, null);
	}

	/** A reviewer unsure whether it is secret refers it to the secrecy office; it is held until the answer. */
	public void referToSecrecy(String reviewer, String note, Instant now) {
		require(HistoryAction.REFERRED_TO_SECRECY, IN_REVIEW);
		refuseAuthors(reviewer);
		requireComment(note);
		secrecyNote = note.strip();
		record(HistoryAction.REFERRED_TO_SECRECY, IN_REVIEW, HELD_FOR_SECRECY, reviewLevel, reviewer, now, secrecyNote);
		state = HELD_FOR_SECRECY;
		updatedAt = now;
	}

	/**
	 * The secrecy office's answer: not secret, and the review goes on at the level it stopped;
	 * secret, and it goes back to its author (涉密不上网). Its authors and editors never answer for
	 * it: that would be lifting the hold on their own text.
	 */
	public void recordSecrecyAnswer(String actor, boolean cleared, String answer, Instant now) {
		require(cleared ? HistoryAction.SECRECY_CLEARED : HistoryAction.SECRECY_REFUSED, HELD_FOR_SECRECY);
		refuseAuthors(actor);
		requireComment(answer);
		if (cleared) {
			record(HistoryAction.SECRECY_CLEARED, HELD_FOR_SECRECY, IN_REVIEW, reviewLevel, actor, now, answer.strip());
			state = IN_REVIEW;
			updatedAt = now;
		}
		else {
			move(HistoryAction.SECRECY_REFUSED, DRAFT, 0, actor, now, answer.strip());
		}
	}

	/** The editor's last proofreading after review: the document is approved for release. */
	public void proofread(String editor, Instant now) {
		require(HistoryAction.PROOFREAD, PROOFREADING);
		move(HistoryAction.PROOFREAD, APPROVED, 0, editor, now, null);
	}

	/**
	 * An approved document waits for its policy document or interpretation, to be released with it.
	 */
	public void waitForPartner(String actor, Instant now, String partnerTitle) {
		require(HistoryAction.WAITING_FOR_PARTNER, APPROVED);
		record(HistoryAction.WAITING_FOR_PARTNER, APPROVED, APPROVED, 0, actor, now, partnerTitle);
	}

	/**
	 * Releases an approved document: live now, or at its scheduled time.
	 *
	 * @return whether it went live now
	 */
	public boolean release(String actor, Instant now) {
		require(HistoryAction.PUBLISHED, APPROVED);
		if (scheduledPublishAt != null && scheduledPublishAt.isAfter(now)) {
			move(HistoryAction.SCHEDULED, SCHEDULED, 0, actor, now, null);
			return false;
		}
		goLive(actor, now);
		return true;
	}

	/** Puts an approved or scheduled document live at once (without waiting for a partner or the time). */
	public void publishNow(String actor, Instant now) {
		require(HistoryAction.PUBLISHED, APPROVED, SCHEDULED);
		goLive(actor, now);
	}

	/** The scheduled time came. */
	public boolean releaseIfDue(Instant now) {
		if (state != SCHEDULED || scheduledPublishAt == null || scheduledPublishAt.isAfter(now)) {
			return false;
		}
		goLive(SYSTEM, now);
		return true;
	}

	private void goLive(String actor, Instant now) {
		liveVersion = currentVersion;
		if (firstPublishedAt == null) {
			firstPublishedAt = now;
		}
		liveSince = now;
		scheduledPublishAt = null;
		archivedOn = null;
		move(HistoryAction.PUBLISHED, PUBLISHED, 0, actor, now, "v" + currentVersion);
	}

	/** When to release the document once approved ({@code null}: as soon as approved). */
	public void schedulePublish(String actor, @Nullable Instant at, Instant now) {
		require(HistoryAction.SCHEDULED, DRAFT, IN_REVIEW, HELD_FOR_SECRECY, PROOFREADING, APPROVED, SCHEDULED);
		if (at != null && !at.isAfter(now)) {
			throw new ContentRuleViolation("content.schedule.past");
		}
		if (at != null && scheduledWithdrawAt != null && !scheduledWithdrawAt.isAfter(at)) {
			throw new ContentRuleViolation("content.schedule.withdrawalBeforePublish");
		}
		scheduledPublishAt = at;
		updatedAt = now;
		if (state == SCHEDULED && at == null) {
			move(HistoryAction.SCHEDULED, APPROVED, 0, actor, now, null);
		}
		else {
			record(HistoryAction.SCHEDULED, state, state, 0, actor, now, at == null ? null : at.toString());
		}
	}

	/** When to take the document down ({@code null}: never); never before it is to go live. */
	public void scheduleWithdrawal(String actor, @Nullable Instant at, Instant now) {
		if (state == WITHDRAWN) {
			throw new ContentRuleViolation("content.refused.WITHDRAWAL_SCHEDULED");
		}
		if (at != null && !at.isAfter(now)) {
			throw new ContentRuleViolation("content.schedule.past");
		}
		if (at != null && scheduledPublishAt != null && !at.isAfter(scheduledPublishAt)) {
			throw new ContentRuleViolation("content.schedule.withdrawalBeforePublish");
		}
		scheduledWithdrawAt = at;
		updatedAt = now;
		record(HistoryAction.WITHDRAWAL_SCHEDULED, state, state, 0, actor, now, at == null ? null : at.toString());
	}

	/** 撤稿: the document leaves every channel; a draft or review under way ends with it. */
	public void withdraw(String actor, String reason, Instant now) {
		if (!isLive()) {
			throw new ContentRuleViolation("content.refused.WITHDRAWN");
		}
		requireComment(reason);
		takeDown(actor, now, reason.strip());
	}

	/** The scheduled withdrawal time came. */
	public boolean withdrawIfDue(Instant now) {
		if (scheduledWithdrawAt == null || scheduledWithdrawAt.isAfter(now)) {
			return false;
		}
		if (!isLive()) {
			scheduledWithdrawAt = null;
			return false;
		}
		takeDown(SYSTEM, now, null);
		return true;
	}

	private void takeDown(String actor, Instant now, @Nullable String reason) {
		liveVersion = null;
		liveSince = null;
		scheduledPublishAt = null;
		scheduledWithdrawAt = null;
		reviewLevel = 0;
		move(HistoryAction.WITHDRAWN, WITHDRAWN, 0, actor, now, reason);
	}

	/** 归档: the page stays reachable, marked 已归档 with today's date. */
	public void archive(String actor, LocalDate today, Instant now) {
		require(HistoryAction.ARCHIVED, PUBLISHED);
		archivedOn = today;
		move(HistoryAction.ARCHIVED, ARCHIVED, 0, actor, now, null);
	}

	/**
	 * The version just saved shows a date before the day it was written: the page will show that
	 * date, so the record says who set it and when (the real first publication stays in the page's
	 * PubDate).
	 */
	public void backdated(String editor, LocalDate displayDay, Instant now) {
		record(HistoryAction.BACKDATED, state, state, 0, editor, now, displayDay.toString());
	}

	/** The author and everyone who saved a version: none of them may review it. */
	public Set<String> editors() {
		Set<String> editors = new LinkedHashSet<>();
		editors.add(createdBy);
		history.stream()
			.filter(entry -> entry.action() == HistoryAction.SAVED || entry.action() == HistoryAction.RESTORED)
			.forEach(entry -> editors.add(entry.actor()));
		return Collections.unmodifiableSet(editors);
	}

	/** Who approved a level since the last submission. */
	Set<String> approversOfThisRound() {
		Set<String> approvers = new LinkedHashSet<>();
		for (HistoryEntry entry : history) {
			if (entry.action() == HistoryAction.SUBMITTED) {
				approvers.clear();
			}
			else if (entry.action() == HistoryAction.APPROVED) {
				approvers.add(entry.actor());
			}
		}
		return approvers;
	}

	/** Whether someone may review the document: not one of its authors or editors (SPEC.md §3). */
	public boolean mayBeReviewedBy(String reviewer) {
		return !editors().contains(reviewer);
	}

	private void refuseAuthors(String reviewer) {
		if (!mayBeReviewedBy(reviewer)) {
			throw new ContentRuleViolation("content.review.ownDocument");
		}
	}

	private static void requireComment(@Nullable String comment) {
		if (comment == null || comment.isBlank()) {
			throw new ContentRuleViolation("content.field.comment.required");
		}
	}

	private void require(HistoryAction action, DocumentState... allowed) {
		if (!EnumSet.of(allowed[0], allowed).contains(state)) {
			throw new ContentRuleViolation("content.refused." + action.name());
		}
	}

	private void move(HistoryAction action, DocumentState to, int level, String actor, Instant now,
			@Nullable String comment) {
		record(action, state, to, level == 0 && to == IN_REVIEW ? reviewLevel : level, actor, now, comment);
		state = to;
		reviewLevel = to == IN_REVIEW || to == HELD_FOR_SECRECY ? Math.max(level, 1) : 0;
		updatedAt = now;
	}

	private void record(HistoryAction action, @Nullable DocumentState from, DocumentState to, int level, String actor,
			Instant now, @Nullable String comment) {
		history.add(new HistoryEntry(action, from, to, level, actor, now, comment));
	}

	public boolean isLive() {
		return liveVersion != null;
	}

	public long id() {
		return Objects.requireNonNull(id, "the document has not been saved yet");
	}

	public long siteId() {
		return siteId;
	}

	public DocumentType type() {
		return type;
	}

	public DocumentState state() {
		return state;
	}

	public int reviewLevel() {
		return reviewLevel;
	}

	public int requiredLevels() {
		return requiredLevels;
	}

	public boolean proofreading() {
		return proofreading;
	}

	public String createdBy() {
		return createdBy;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public int currentVersion() {
		return currentVersion;
	}

	public @Nullable Integer liveVersion() {
		return liveVersion;
	}

	public @Nullable Instant firstPublishedAt() {
		return firstPublishedAt;
	}

	public @Nullable Instant liveSince() {
		return liveSince;
	}

	public @Nullable Instant scheduledPublishAt() {
		return scheduledPublishAt;
	}

	public @Nullable Instant scheduledWithdrawAt() {
		return scheduledWithdrawAt;
	}

	public @Nullable LocalDate archivedOn() {
		return archivedOn;
	}

	public @Nullable Long policyId() {
		return policyId;
	}

	public boolean nonGovernmentReprint() {
		return nonGovernmentReprint;
	}

	public @Nullable String secrecyNote() {
		return secrecyNote;
	}

	public List<HistoryEntry> history() {
		return Collections.unmodifiableList(history);
	}

	@Override
	public String toString() {
		return "Document " + id + " " + type + " " + state;
	}
}
