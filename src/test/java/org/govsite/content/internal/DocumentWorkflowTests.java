package org.govsite.content.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

import org.govsite.content.ContentRuleViolation;
import org.govsite.content.DocumentState;
import org.govsite.content.DocumentType;
import org.govsite.content.HistoryAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The review workflow of one document, without Spring (SPEC.md §3). */
class DocumentWorkflowTests {

	static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

	static final ReviewRequirement ONE_LEVEL = new ReviewRequirement(1, false);

	static Document draft() {
		Document document = Document.create(7, DocumentType.ARTICLE, "author", NOW);
		document.saved("author", false, null, NOW);
		return document;
	}

	static Document inReview(ReviewRequirement requirement) {
		Document document = draft();
		document.submit("author", requirement, true, NOW);
		return document;
	}

	static Document published() {
		Document document = inReview(ONE_LEVEL);
		document.approve("reviewer", null, NOW);
		document.release("reviewer", NOW);
		return document;
	}

	@Test
	void anApprovedDocumentGoesLiveWithItsNewestVersion() {
		Document document = published();

		assertThat(document.state()).isEqualTo(DocumentState.PUBLISHED);
		assertThat(document.liveVersion()).isEqualTo(1);
		assertThat(document.firstPublishedAt()).isEqualTo(NOW);
		assertThat(document.history()).extracting(HistoryEntry::action)
			.containsExactly(HistoryAction.CREATED, HistoryAction.SAVED, HistoryAction.SUBMITTED, HistoryAction.APPROVED,
					HistoryAction.PUBLISHED);
	}

	@Test
	void theAuthorNeverReviewsTheirOwnDocument() {
		Document document = inReview(ONE_LEVEL);

		assertThatThrownBy(() -> document.approve("author", null, NOW)).isInstanceOf(ContentRuleViolation.class)
			.hasMessageContaining("content.review.ownDocument");
		assertThatThrownBy(() -> document.sendBack("author", "改一下", NOW))
			.hasMessageContaining("content.review.ownDocument");
		assertThat(document.state()).isEqualTo(DocumentState.IN_REVIEW);
	}

	@Test
	void anyoneWhoEditedAVersionCannotReviewIt() {
		Document document = draft();
		document.saved("colleague", false, null, NOW);
		document.submit("author", ONE_LEVEL, true, NOW);

		assertThatThrownBy(() -> document.approve("colleague", null, NOW))
			.hasMessageContaining("content.review.ownDocument");
		assertThat(document.mayBeReviewedBy("reviewer")).isTrue();
		assertThat(document.editors()).containsExactly("author", "colleague");
	}

	@Test
	void eachLevelIsPassedByAnotherReviewerThenProofread() {
		Document document = inReview(new ReviewRequirement(3, true));

		document.approve("first", null, NOW);
		assertThat(document.reviewLevel()).isEqualTo(2);
		assertThatThrownBy(() -> document.approve("first", null, NOW)).hasMessageContaining("content.review.sameReviewer");
		document.approve("second", null, NOW);
		document.approve("third", "同意", NOW);

		assertThat(document.state()).isEqualTo(DocumentState.PROOFREADING);
		document.proofread("author", NOW);
		assertThat(document.state()).isEqualTo(DocumentState.APPROVED);
	}

	@Test
	void aReprintFromANonGovernmentSourceTakesOneMoreLevel() {
		Document document = Document.create(7, DocumentType.ARTICLE, "author", NOW);
		document.saved("author", true, null, NOW);
		document.submit("author", new ReviewRequirement(2, false), true, NOW);

		assertThat(document.requiredLevels()).isEqualTo(3);
	}

	@Test
	void submittingNeedsTheConfidentialityCheck() {
		Document document = draft();

		assertThatThrownBy(() -> document.submit("author", ONE_LEVEL, false, NOW))
			.hasMessageContaining("content.submit.confidentiality");
		assertThat(document.state()).isEqualTo(DocumentState.DRAFT);
	}

	@Test
	void aReviewerSendsBackWithAComment() {
		Document document = inReview(ONE_LEVEL);

		assertThatThrownBy(() -> document.sendBack("reviewer", " ", NOW)).hasMessageContaining("content.field.comment.required");
		document.sendBack("reviewer", "来源写错了", NOW);

		assertThat(document.state()).isEqualTo(DocumentState.DRAFT);
		assertThat(document.history().getLast().comment()).isEqualTo("来源写错了");
	}

	@Test
	void aDocumentOfUncertainSecrecyIsHeldUntilTheAnswer() {
		Document document = inReview(new ReviewRequirement(2, false));
		document.approve("first", null, NOW);
		document.referToSecrecy("second", "涉及未公开的统计数据", NOW);

		assertThat(document.state()).isEqualTo(DocumentState.HELD_FOR_SECRECY);
		assertThatThrownBy(() -> document.approve("second", null, NOW)).hasMessageContaining("content.refused.APPROVED");
		document.recordSecrecyAnswer("secrecy", true, "经保密办审查，不涉密", NOW);

		assertThat(document.state()).isEqualTo(DocumentState.IN_REVIEW);
		assertThat(document.reviewLevel()).isEqualTo(2);
	}

	@Test
	void theAuthorNeverLiftsTheSecrecyHoldOnTheirOwnDocument() {
		Document document = draft();
		document.saved("coeditor", false, null, NOW);
		document.submit("author", ONE_LEVEL, true, NOW);
		document.referToSecrecy("reviewer", "可能涉密", NOW);
		int before = document.history().size();

		assertThatThrownBy(() -> document.recordSecrecyAnswer("author", true, "不涉密", NOW))
			.hasMessageContaining("content.review.ownDocument");
		assertThatThrownBy(() -> document.recordSecrecyAnswer("coeditor", true, "不涉密", NOW))
			.hasMessageContaining("content.review.ownDocument");
		assertThat(document.state()).isEqualTo(DocumentState.HELD_FOR_SECRECY);
		assertThat(document.history()).hasSize(before);
	}

	@Test
	void aSecretDocumentGoesBackToItsAuthor() {
		Document document = inReview(ONE_LEVEL);
		document.referToSecrecy("reviewer", "可能涉密", NOW);
		document.recordSecrecyAnswer("secrecy", false, "涉密，不得上网", NOW);

		assertThat(document.state()).isEqualTo(DocumentState.DRAFT);
		assertThat(document.isLive()).isFalse();
	}

	@Test
	void aNewDraftOfALiveDocumentLeavesTheLiveVersionUntilItsScheduledRelease() {
		Document document = published();
		document.saved("author", false, null, NOW);
		document.schedulePublish("author", NOW.plus(Duration.ofHours(2)), NOW);
		document.submit("author", ONE_LEVEL, true, NOW);
		document.approve("reviewer", null, NOW);

		assertThat(document.release("reviewer", NOW)).isFalse();
		assertThat(document.state()).isEqualTo(DocumentState.SCHEDULED);
		assertThat(document.liveVersion()).isEqualTo(1);
		assertThat(document.releaseIfDue(NOW.plus(Duration.ofHours(1)))).isFalse();
		assertThat(document.releaseIfDue(NOW.plus(Duration.ofHours(2)))).isTrue();
		assertThat(document.liveVersion()).isEqualTo(2);
		assertThat(document.firstPublishedAt()).isEqualTo(NOW);
		assertThat(document.history().getLast().actor()).isEqualTo(Document.SYSTEM);
	}

	@Test
	void aScheduledWithdrawalTakesTheDocumentDown() {
		Document document = published();
		document.scheduleWithdrawal("author", NOW.plus(Duration.ofDays(1)), NOW);

		assertThat(document.withdrawIfDue(NOW)).isFalse();
		assertThat(document.withdrawIfDue(NOW.plus(Duration.ofDays(1)))).isTrue();
		assertThat(document.state()).isEqualTo(DocumentState.WITHDRAWN);
		assertThat(document.isLive()).isFalse();
	}

	@Test
	void withdrawingNeedsALiveDocumentAndAReason() {
		assertThatThrownBy(() -> draft().withdraw("editor", "错误", NOW)).hasMessageContaining("content.refused.WITHDRAWN");
		Document document = published();
		assertThatThrownBy(() -> document.withdraw("editor", "", NOW)).hasMessageContaining("comment.required");

		document.withdraw("editor", "信息有误", NOW);

		assertThat(document.state()).isEqualTo(DocumentState.WITHDRAWN);
		assertThat(document.liveVersion()).isNull();
	}

	@Test
	void aWithdrawnDocumentCanBeEditedAndReviewedAgain() {
		Document document = published();
		document.withdraw("editor", "信息有误", NOW);
		document.saved("author", false, null, NOW);

		assertThat(document.state()).isEqualTo(DocumentState.DRAFT);
		document.submit("author", ONE_LEVEL, true, NOW);
		assertThat(document.state()).isEqualTo(DocumentState.IN_REVIEW);
	}

	@Test
	void nothingChangesBetweenSubmissionAndRelease() {
		for (Consumer<Document> step : java.util.List.<Consumer<Document>>of(d -> {
		}, d -> d.approve("first", null, NOW))) {
			Document document = inReview(new ReviewRequirement(2, false));
			step.accept(document);
			assertThatThrownBy(() -> document.saved("author", false, null, NOW)).hasMessageContaining("content.refused.SAVED");
		}
	}

	@Test
	void anInterpretationNeedsItsPolicy() {
		Document document = Document.create(7, DocumentType.INTERPRETATION, "author", NOW);

		assertThatThrownBy(() -> document.saved("author", false, null, NOW)).hasMessageContaining("policyId.required");
		document.saved("author", false, 12L, NOW);
		assertThat(document.policyId()).isEqualTo(12L);
	}

	@Test
	void archivingKeepsTheDocumentLive() {
		Document document = published();
		document.archive("editor", LocalDate.of(2026, 3, 2), NOW);

		assertThat(document.state()).isEqualTo(DocumentState.ARCHIVED);
		assertThat(document.isLive()).isTrue();
		assertThat(document.archivedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
	}

	@Test
	void schedulingIntoThePastIsRefused() {
		assertThatThrownBy(() -> draft().schedulePublish("author", NOW.minusSeconds(1), NOW))
			.hasMessageContaining("content.schedule.past");
	}

	/** Every state refuses the transitions it does not allow, and leaves the document as it was. */
	@ParameterizedTest
	@EnumSource(DocumentState.class)
	void everyTransitionIsAllowedOnlyFromItsStates(DocumentState state) {
		Set<DocumentState> approvable = EnumSet.of(DocumentState.IN_REVIEW);
		Set<DocumentState> submittable = EnumSet.of(DocumentState.DRAFT);
		Set<DocumentState> proofreadable = EnumSet.of(DocumentState.PROOFREADING);
		Set<DocumentState> recallable = EnumSet.of(DocumentState.IN_REVIEW, DocumentState.PROOFREADING,
				DocumentState.APPROVED, DocumentState.SCHEDULED);
		check(state, approvable, d -> d.approve("reviewer2", null, NOW));
		check(state, submittable, d -> d.submit("author", ONE_LEVEL, true, NOW));
		check(state, proofreadable, d -> d.proofread("author", NOW));
		check(state, recallable, d -> d.recall("author", NOW));
		check(state, EnumSet.of(DocumentState.PUBLISHED), d -> d.archive("author", LocalDate.of(2026, 3, 2), NOW));
		check(state, EnumSet.of(DocumentState.HELD_FOR_SECRECY), d -> d.recordSecrecyAnswer("s", true, "不涉密", NOW));
	}

	private static void check(DocumentState state, Set<DocumentState> allowed, Consumer<Document> transition) {
		Document document = in(state);
		if (allowed.contains(state)) {
			transition.accept(document);
		}
		else {
			int before = document.history().size();
			assertThatThrownBy(() -> transition.accept(document)).isInstanceOf(ContentRuleViolation.class)
				.hasMessageContaining("content.refused.");
			assertThat(document.state()).isEqualTo(state);
			assertThat(document.history()).hasSize(before);
		}
	}

	/** A document brought to the given state through its own transitions. */
	static Document in(DocumentState state) {
		return switch (state) {
			case DRAFT -> draft();
			case IN_REVIEW -> inReview(ONE_LEVEL);
			case HELD_FOR_SECRECY -> {
				Document document = inReview(ONE_LEVEL);
				document.referToSecrecy("reviewer", "不确定", NOW);
				yield document;
			}
			case PROOFREADING -> {
				Document document = inReview(new ReviewRequirement(1, true));
				document.approve("reviewer", null, NOW);
				yield document;
			}
			case APPROVED -> {
				Document document = inReview(ONE_LEVEL);
				document.approve("reviewer", null, NOW);
				yield document;
			}
			case SCHEDULED -> {
				Document document = draft();
				document.schedulePublish("author", NOW.plus(Duration.ofDays(1)), NOW);
				document.submit("author", ONE_LEVEL, true, NOW);
				document.approve("reviewer", null, NOW);
				document.release("reviewer", NOW);
				yield document;
			}
			case PUBLISHED -> published();
			case WITHDRAWN -> {
				Document document = published();
				document.withdraw("editor", "错误", NOW);
				yield document;
			}
			case ARCHIVED -> {
				Document document = published();
				document.archive("editor", LocalDate.of(2026, 3, 2), NOW);
				yield document;
			}
		};
	}
}
