package org.govsite.platform;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Something waiting for a user, shown on their 工作台: an approval to give, a report due, a
 * deadline coming.
 *
 * @param categoryKey message-bundle key of the kind of work ({@code workbench.category.approval} ...)
 * @param title what it is about, ready to show
 * @param path where to do it, under {@code /admin}
 * @param due the deadline, if there is one
 */
public record WorkItem(String categoryKey, String title, String path, @Nullable LocalDate due) {

	public boolean overdueOn(LocalDate today) {
		return due != null && due.isBefore(today);
	}
}
