package org.govsite.secops;

import java.time.LocalDate;

/** A heightened-duty period (重要时期加强值守), e.g. the 两会 or a national holiday. */
public record HeightenedView(long id, LocalDate startsOn, LocalDate endsOn, String reason) {
}
