package org.govsite.disclosure.internal;

import java.time.LocalDate;

import org.govsite.disclosure.FeeMethod;
import org.govsite.disclosure.ReceiptChannel;
import org.govsite.platform.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each channel's day of receipt and the fee bands (SPEC.md §6). */
class ReceiptAndFeesTests {

	private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

	private static final LocalDate WEDNESDAY = LocalDate.of(2026, 3, 4);

	@Test
	void eachChannelHasItsDayOfReceipt() {
		assertThat(Receipt.inPerson(MONDAY).receivedOn()).isEqualTo(MONDAY);
		assertThat(Receipt.online(MONDAY).receivedOn()).isEqualTo(MONDAY);
		assertThat(Receipt.post(MONDAY, true, null).receivedOn()).as("signed for").isEqualTo(MONDAY);
		assertThat(Receipt.post(MONDAY, false, WEDNESDAY).receivedOn()).as("ordinary letter: confirmed with the applicant")
			.isEqualTo(WEDNESDAY);
		assertThat(Receipt.fax(MONDAY, WEDNESDAY).receivedOn()).as("both sides confirm").isEqualTo(WEDNESDAY);
		assertThat(Receipt.of(ReceiptChannel.FAX, MONDAY, false, WEDNESDAY)).isEqualTo(Receipt.fax(MONDAY, WEDNESDAY));
	}

	@Test
	void anOrdinaryLetterOrAFaxNeedsItsConfirmationAndNotBeforeItArrived() {
		assertThatThrownBy(() -> Receipt.post(MONDAY, false, null)).isInstanceOfSatisfying(RuleViolation.class,
				v -> assertThat(v.code()).isEqualTo("disclosure.receipt.confirmationRequired"));
		assertThatThrownBy(() -> Receipt.fax(WEDNESDAY, MONDAY)).isInstanceOfSatisfying(RuleViolation.class,
				v -> assertThat(v.code()).isEqualTo("disclosure.receipt.beforeArrival"));
	}

	@Test
	void itemsAreFreeToTenThenChargedByBandsOfTheMonth() {
		assertThat(Fees.amount(FeeMethod.BY_ITEM, 10, 0)).isZero();
		assertThat(Fees.amount(FeeMethod.BY_ITEM, 11, 0)).isEqualTo(100);
		// 11–30: 20 × 100
		assertThat(Fees.amount(FeeMethod.BY_ITEM, 30, 0)).isEqualTo(2000);
		// + 31–40: 10 × 200, + 41–45: 5 × 300
		assertThat(Fees.amount(FeeMethod.BY_ITEM, 45, 0)).isEqualTo(2000 + 2000 + 1500);
		// the month's earlier items count: items 9–12 of the month charge 11 and 12
		assertThat(Fees.amount(FeeMethod.BY_ITEM, 4, 8)).isEqualTo(200);
	}

	@Test
	void pagesAreFreeToThirtyThenChargedPerBand() {
		assertThat(Fees.amount(FeeMethod.BY_PAGE, 30, 0)).isZero();
		assertThat(Fees.amount(FeeMethod.BY_PAGE, 31, 0)).isEqualTo(10);
		assertThat(Fees.amount(FeeMethod.BY_PAGE, 100, 0)).isEqualTo(700);
		assertThat(Fees.amount(FeeMethod.BY_PAGE, 200, 0)).isEqualTo(700 + 2000);
		assertThat(Fees.amount(FeeMethod.BY_PAGE, 205, 0)).isEqualTo(700 + 2000 + 200);
	}
}
