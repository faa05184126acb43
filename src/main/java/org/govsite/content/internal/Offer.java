package org.govsite.content.internal;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

import org.govsite.content.ContentRuleViolation;
import org.govsite.content.OfferState;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * 报送: a department site offers one of its documents to its portal, whose editors accept it
 * into a portal channel (采用) or decline it with a reason. Where the chosen channel has review
 * levels of its own, the acceptance waits for a reviewer of the portal, who is neither the editor
 * who accepted it nor one who wrote it: the text was reviewed at its own site, the portal's
 * reviewer answers for it appearing in the portal.
 */
@Table("content_offer")
public class Offer {

	@Id
	@Nullable Long id;

	@Version
	@Nullable Integer version;

	long documentId;

	long fromSiteId;

	long toSiteId;

	OfferState state = OfferState.OFFERED;

	String offeredBy = "";

	Instant offeredAt = Instant.EPOCH;

	@Nullable String note;

	@Nullable String decidedBy;

	@Nullable Instant decidedAt;

	@Nullable Long channelId;

	@Nullable String reason;

	@Nullable String reviewedBy;

	@Nullable Instant reviewedAt;

	@PersistenceCreator
	Offer() {
	}

	public static Offer of(long documentId, long fromSiteId, long toSiteId, String editor, @Nullable String note,
			Instant now) {
		Offer offer = new Offer();
		offer.documentId = documentId;
		offer.fromSiteId = fromSiteId;
		offer.toSiteId = toSiteId;
		offer.offeredBy = editor;
		offer.offeredAt = now;
		offer.note = note == null || note.isBlank() ? null : note.strip();
		return offer;
	}

	/**
	 * A portal editor accepts the offer into a channel of the portal.
	 *
	 * @param portalReview whether the channel asks for a portal reviewer's sign-off first
	 */
	public void accept(String editor, long channel, boolean portalReview, Instant now) {
		require(OfferState.OFFERED);
		decidedBy = editor;
		decidedAt = now;
		channelId = channel;
		state = portalReview ? OfferState.AWAITING_REVIEW : OfferState.ACCEPTED;
	}

	/** A portal reviewer signs off an acceptance; not its acceptor, nor one who wrote the document. */
	public void approve(String reviewer, Set<String> documentEditors, Instant now) {
		require(OfferState.AWAITING_REVIEW);
		if (reviewer.equals(decidedBy) || documentEditors.contains(reviewer)) {
			throw new ContentRuleViolation("content.offer.ownAcceptance");
		}
		reviewedBy = reviewer;
		reviewedAt = now;
		state = OfferState.ACCEPTED;
	}

	/** The portal declines, by its editor or, during its review, by its reviewer. */
	public void decline(String actor, String why, Instant now) {
		if (!state.open()) {
			throw new ContentRuleViolation("content.offer.decided");
		}
		if (why == null || why.isBlank()) {
			throw new ContentRuleViolation("content.field.reason.required");
		}
		if (state == OfferState.AWAITING_REVIEW) {
			reviewedBy = actor;
			reviewedAt = now;
		}
		else {
			decidedBy = actor;
			decidedAt = now;
		}
		reason = why.strip();
		state = OfferState.DECLINED;
	}

	private void require(OfferState expected) {
		if (state != expected) {
			throw new ContentRuleViolation(state.open() ? "content.offer.notAwaiting." + state : "content.offer.decided");
		}
	}

	public long id() {
		return Objects.requireNonNull(id, "the offer has not been saved yet");
	}

	public long documentId() {
		return documentId;
	}

	public long fromSiteId() {
		return fromSiteId;
	}

	public long toSiteId() {
		return toSiteId;
	}

	public OfferState state() {
		return state;
	}

	public String offeredBy() {
		return offeredBy;
	}

	public @Nullable Long channelId() {
		return channelId;
	}

	public @Nullable String decidedBy() {
		return decidedBy;
	}
}
