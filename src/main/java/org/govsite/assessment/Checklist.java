package org.govsite.assessment;

import java.util.List;

/** The checklist's groups, detailed points and bonus points, in order, as the data holds them. */
public record Checklist(List<ChecklistGroup> groups, List<ChecklistPoint> points, List<BonusPoint> bonuses) {

	public Checklist {
		groups = List.copyOf(groups);
		points = List.copyOf(points);
		bonuses = List.copyOf(bonuses);
	}

	/** A checklist without bonus points. */
	public Checklist(List<ChecklistGroup> groups, List<ChecklistPoint> points) {
		this(groups, points, List.of());
	}
}
