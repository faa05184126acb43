package org.govsite.disclosure;

import java.time.LocalDate;

/**
 * What the applicant is told at once: the application's number, the query code to follow it with
 * (shown this once and never stored in the clear), and the day it counts as received.
 */
public record Submitted(long id, String number, String queryCode, LocalDate receivedOn, LocalDate dueOn) {
}
