package org.govsite.interaction;

import java.time.LocalDateTime;

/** An interview as staff announce it: its guests, the notice shown before, when it starts. */
public record NewInterview(String title, String guests, String notice, LocalDateTime startsAt) {
}
