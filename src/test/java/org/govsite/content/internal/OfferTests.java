package org.govsite.content.internal;

import java.time.Instant;
import java.util.Set;

import org.govsite.content.ContentRuleViolation;
import org.govsite.content.OfferState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 报送: offered, then accepted (after a portal reviewer where the channel asks) or declined with a reason. */
class OfferTests {

	static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

	@Test
	void anAcceptedOfferIsDoneUnlessThePortalChannelReviewsItFirst() {
		Offer direct = Offer.of(1, 10, 2, "dept-editor", " 请采用 ", NOW);
		direct.accept("portal-editor", 99, false, NOW);
		assertThat(direct.state()).isEqualTo(OfferState.ACCEPTED);
		assertThat(direct.note).isEqualTo("请采用");

		Offer reviewed = Offer.of(1, 10, 2, "dept-editor", null, NOW);
		reviewed.accept("portal-editor", 99, true, NOW);
		assertThat(reviewed.state()).isEqualTo(OfferState.AWAITING_REVIEW);
		reviewed.approve("portal-reviewer", Set.of("dept-editor"), NOW);
		assertThat(reviewed.state()).isEqualTo(OfferState.ACCEPTED);
		assertThat(reviewed.reviewedBy).isEqualTo("portal-reviewer");
	}

	@Test
	void theAcceptorAndTheAuthorsMayNotSignOffTheAcceptance() {
		Offer offer = Offer.of(1, 10, 2, "dept-editor", null, NOW);
		offer.accept("portal-editor", 99, true, NOW);

		assertThatThrownBy(() -> offer.approve("portal-editor", Set.of("dept-editor"), NOW))
			.hasFieldOrPropertyWithValue("code", "content.offer.ownAcceptance");
		assertThatThrownBy(() -> offer.approve("dept-editor", Set.of("dept-editor"), NOW))
			.hasFieldOrPropertyWithValue("code", "content.offer.ownAcceptance");
	}

	@Test
	void declineNeedsAReasonAndEndsTheOffer() {
		Offer offer = Offer.of(1, 10, 2, "dept-editor", null, NOW);

		assertThatThrownBy(() -> offer.decline("portal-editor", " ", NOW))
			.isInstanceOf(ContentRuleViolation.class)
			.hasFieldOrPropertyWithValue("code", "content.field.reason.required");
		offer.decline("portal-editor", "与门户栏目定位不符", NOW);
		assertThat(offer.state()).isEqualTo(OfferState.DECLINED);
		assertThat(offer.reason).isEqualTo("与门户栏目定位不符");
		assertThatThrownBy(() -> offer.accept("portal-editor", 99, false, NOW))
			.hasFieldOrPropertyWithValue("code", "content.offer.decided");
		assertThatThrownBy(() -> offer.decline("portal-editor", "再次", NOW))
			.hasFieldOrPropertyWithValue("code", "content.offer.decided");
	}

	@Test
	void anOfferNotYetAcceptedCannotBeSignedOff() {
		Offer offer = Offer.of(1, 10, 2, "dept-editor", null, NOW);

		assertThatThrownBy(() -> offer.approve("portal-reviewer", Set.of(), NOW))
			.hasFieldOrPropertyWithValue("code", "content.offer.notAwaiting.OFFERED");
	}
}
