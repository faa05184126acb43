package org.govsite.secops;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A version of the emergency plan (应急预案) and where it was filed (备案). */
public record PlanView(long id, String title, String version, String filedWith, @Nullable LocalDate filedOn) {
}
