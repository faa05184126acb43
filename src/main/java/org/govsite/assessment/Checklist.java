package org.govsite.assessment;

import java.util.List;

/** The checklist's groups and detailed points, in order, as the data holds them. */
public record Checklist(List<ChecklistGroup> groups, List<ChecklistPoint> points) {

	public Checklist {
		groups = List.copyOf(groups);
		points = List.copyOf(points);
	}
}
