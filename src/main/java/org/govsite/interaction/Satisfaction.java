package org.govsite.interaction;

/** The writer's rating of a reply (满意度评价). */
public enum Satisfaction {
	SATISFIED, FAIRLY_SATISFIED, DISSATISFIED
}
