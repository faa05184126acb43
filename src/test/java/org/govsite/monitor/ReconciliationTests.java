package org.govsite.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The re-check rule: only a check that no longer finds a problem closes its task. */
class ReconciliationTests {

	private static final Problem LINK = Problem.of(ProblemKind.BROKEN_LINK, "a.html → b.html", "链接不可用", "页面 a.html");

	@Test
	void aNewProblemOpensATaskOnceAndAKnownOneIsSeenAgain() {
		RectificationTask known = task(1, LINK.subject(), TaskState.OPEN);
		Problem other = Problem.of(ProblemKind.BROKEN_LINK, "c.html → d.html", "链接不可用", "页面 c.html");

		Reconciliation outcome = Reconciliation.of(List.of(LINK, other, other), List.of(known));

		assertThat(outcome.opened()).containsExactly(other);
		assertThat(outcome.seen()).containsOnlyKeys(known);
		assertThat(outcome.closed()).isEmpty();
		assertThat(outcome.reopened()).isEmpty();
	}

	@Test
	void aTaskSaidToBeFixedThatTheReCheckStillFindsGoesBackToOpen() {
		RectificationTask fixed = task(1, LINK.subject(), TaskState.AWAITING_RECHECK);

		Reconciliation outcome = Reconciliation.of(List.of(LINK), List.of(fixed));

		assertThat(outcome.reopened()).containsExactly(fixed);
		assertThat(outcome.closed()).isEmpty();
	}

	@Test
	void aTaskClosesWhenTheReCheckNoLongerFindsItsProblem() {
		RectificationTask fixed = task(1, LINK.subject(), TaskState.AWAITING_RECHECK);
		RectificationTask gone = task(2, "x.html → y.html", TaskState.OPEN);

		Reconciliation outcome = Reconciliation.of(List.of(), List.of(fixed, gone));

		assertThat(outcome.closed()).containsExactlyInAnyOrder(fixed, gone);
		assertThat(outcome.opened()).isEmpty();
	}

	@Test
	void theSameSubjectOfAnotherKindIsAnotherProblem() {
		RectificationTask link = task(1, "index.html", TaskState.OPEN);
		Problem tampered = Problem.of(ProblemKind.TAMPERED_FILE, "index.html", "被篡改", "清单");

		Reconciliation outcome = Reconciliation.of(List.of(tampered), List.of(link));

		assertThat(outcome.opened()).containsExactly(tampered);
		assertThat(outcome.closed()).containsExactly(link);
	}

	private static RectificationTask task(long id, String subject, TaskState state) {
		Instant at = Instant.parse("2026-12-01T00:00:00Z");
		return new RectificationTask(id, 1, ProblemKind.BROKEN_LINK, subject, null, "链接不可用", "证据", "owner", "monitor.links",
				at, at, LocalDate.of(2026, 12, 4), state, null, null, null, null);
	}
}
