package org.govsite.disclosure;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * How an application that staff enter arrived, for its channel's rule of the day of receipt.
 *
 * @param arrivedOn the day it was handed over, delivered, or faxed
 * @param signedFor for post: a registered letter signed for (else an ordinary letter)
 * @param confirmedOn for an ordinary letter or a fax: the day its receipt was confirmed with the applicant
 */
public record StaffEntry(ReceiptChannel channel, LocalDate arrivedOn, boolean signedFor, @Nullable LocalDate confirmedOn) {
}
