package org.govsite.platform;

import java.util.List;

/**
 * A figure on the 工作台 that people look at each morning: a number, and where it breaks down (per
 * channel, per site), a small bar chart of its parts.
 *
 * @param titleKey message-bundle key of what it counts
 * @param path where to see the details, under {@code /admin}
 * @param total the number
 * @param parts its parts, biggest first; empty when it has none to show
 */
public record WorkbenchFigure(String titleKey, String path, int total, List<Part> parts) {

	public WorkbenchFigure {
		parts = List.copyOf(parts);
	}

	/** One bar: a label ready to show and its number. */
	public record Part(String label, int value) {
	}
}
