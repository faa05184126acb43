package org.govsite.disclosure.internal;

import java.time.LocalDate;

import org.govsite.disclosure.ReceiptChannel;
import org.govsite.platform.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * The day an application counts as received, by its channel's rule (SPEC.md §6). The clock then
 * counts from the next working day if that day is not one.
 *
 * @param channel how it arrived
 * @param arrivedOn the day it reached the office (handed over, delivered, submitted, faxed)
 * @param receivedOn the day it counts as received
 */
public record Receipt(ReceiptChannel channel, LocalDate arrivedOn, LocalDate receivedOn) {

	public Receipt {
		if (receivedOn.isBefore(arrivedOn)) {
			throw new RuleViolation("disclosure.receipt.beforeArrival");
		}
	}

	/** 当面: received the day it is handed over. */
	public static Receipt inPerson(LocalDate handedOverOn) {
		return new Receipt(ReceiptChannel.IN_PERSON, handedOverOn, handedOverOn);
	}

	/** 网上: the platform confirms at once with the query code, so both sides confirm the day it is submitted. */
	public static Receipt online(LocalDate submittedOn) {
		return new Receipt(ReceiptChannel.ONLINE, submittedOn, submittedOn);
	}

	/**
	 * 信函: a registered letter (挂号信, EMS) counts from the day it is signed for; an ordinary letter
	 * from the day its receipt is confirmed with the applicant.
	 */
	public static Receipt post(LocalDate deliveredOn, boolean signedFor, @Nullable LocalDate confirmedOn) {
		if (signedFor) {
			return new Receipt(ReceiptChannel.POST, deliveredOn, deliveredOn);
		}
		return new Receipt(ReceiptChannel.POST, deliveredOn, requireConfirmation(confirmedOn));
	}

	/** 传真: the day both sides confirm it (the office confirms by telephone or in writing). */
	public static Receipt fax(LocalDate faxedOn, @Nullable LocalDate confirmedOn) {
		return new Receipt(ReceiptChannel.FAX, faxedOn, requireConfirmation(confirmedOn));
	}

	/** The receipt of a channel, from what staff entered for it. */
	public static Receipt of(ReceiptChannel channel, LocalDate arrivedOn, boolean signedFor, @Nullable LocalDate confirmedOn) {
		return switch (channel) {
			case ONLINE -> online(arrivedOn);
			case IN_PERSON -> inPerson(arrivedOn);
			case POST -> post(arrivedOn, signedFor, confirmedOn);
			case FAX -> fax(arrivedOn, confirmedOn);
		};
	}

	private static LocalDate requireConfirmation(@Nullable LocalDate confirmedOn) {
		if (confirmedOn == null) {
			throw new RuleViolation("disclosure.receipt.confirmationRequired");
		}
		return confirmedOn;
	}
}
