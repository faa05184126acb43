package org.govsite.disclosure;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The one correction notice (补正告知) of an application and the corrected application's arrival.
 *
 * @param items everything to correct, listed at once
 * @param correctBy the last day the corrected application may arrive
 * @param arrivedOn the day it arrived: the clock starts again from then
 * @param lateReason the good reason (正当理由) recorded for taking it after the last day
 */
public record Correction(LocalDate noticeOn, String items, LocalDate correctBy, @Nullable LocalDate arrivedOn,
		@Nullable String lateReason) {
}
