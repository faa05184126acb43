package org.govsite.disclosure;

import java.time.LocalDate;

/**
 * The one extension of an application's limit (条例 article 33).
 *
 * @param approvedBy the head of the disclosure office who approved it
 */
public record Extension(int workingDays, LocalDate decidedOn, String approvedBy, String reason) {
}
