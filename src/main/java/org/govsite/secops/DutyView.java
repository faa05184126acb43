package org.govsite.secops;

import java.time.LocalDate;

/** A turn on the 24-hour duty roster (值班表), with the phone unsealed for the security administrator. */
public record DutyView(long id, LocalDate startsOn, LocalDate endsOn, String person, String phone) {
}
