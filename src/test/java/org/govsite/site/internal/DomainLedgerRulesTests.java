package org.govsite.site.internal;

import java.time.LocalDate;
import java.util.List;

import org.govsite.site.DeregistrationItem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When the ledger warns of an expiry, and what a closed site's domains owe (plain rules). */
class DomainLedgerRulesTests {

	private static final List<Integer> THRESHOLDS = List.of(90, 30, 7);

	private static final LocalDate EXPIRES = LocalDate.of(2027, 3, 31);

	@Test
	void eachThresholdIsWarnedOfOnceAndOnlyTheNearestCrossed() {
		assertThat(ExpiryWarning.due(THRESHOLDS, EXPIRES, EXPIRES.minusDays(91), null)).isEmpty();
		assertThat(ExpiryWarning.due(THRESHOLDS, EXPIRES, EXPIRES.minusDays(90), null)).contains(90);
		assertThat(ExpiryWarning.due(THRESHOLDS, EXPIRES, EXPIRES.minusDays(60), 90)).isEmpty();
		assertThat(ExpiryWarning.due(THRESHOLDS, EXPIRES, EXPIRES.minusDays(30), 90)).contains(30);
		// entered 20 days before it expires: one warning, not the 90-day one as well
		assertThat(ExpiryWarning.due(THRESHOLDS, EXPIRES, EXPIRES.minusDays(20), null)).contains(30);
		// a day the job missed is caught up
		assertThat(ExpiryWarning.due(THRESHOLDS, EXPIRES, EXPIRES.minusDays(5), 30)).contains(7);
		assertThat(ExpiryWarning.due(THRESHOLDS, EXPIRES, EXPIRES, 7)).isEmpty();
		assertThat(ExpiryWarning.due(THRESHOLDS, EXPIRES, EXPIRES.plusDays(1), null)).isEmpty();
	}

	@Test
	void aClosedSiteOwesEveryCancellationByItsDeadline() {
		LocalDate closed = LocalDate.of(2026, 6, 5);
		DomainLedgerSettings ledger = new DomainLedgerSettings(null, 30, java.time.LocalTime.of(6, 10));

		assertThat(DeregistrationPlan.of(closed, false, ledger, SiteSettings.defaults()))
			.containsOnlyKeys(DeregistrationItem.values())
			.allSatisfy((item, due) -> assertThat(due).isEqualTo(LocalDate.of(2026, 7, 5)));
		assertThat(DeregistrationPlan.of(closed, true, ledger, SiteSettings.defaults()))
			.allSatisfy((item, due) -> assertThat(due).isEqualTo(LocalDate.of(2026, 7, 5)));
		assertThat(ledger.warnDays()).containsExactly(90, 30, 7);
	}
}
