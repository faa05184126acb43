package org.govsite.interaction.internal;

/**
 * A mailbox's limits (SPEC.md §7): working days to reply (5 by default), for a question marked
 * simple (1), and how often a letter may be passed on before someone must answer it.
 */
public record DeadlineRule(int workingDays, int simpleWorkingDays, int maxHops) {

	public static final DeadlineRule DEFAULT = new DeadlineRule(5, 1, 2);

	public DeadlineRule {
		if (workingDays < 1 || simpleWorkingDays < 1 || simpleWorkingDays > workingDays || maxHops < 0) {
			throw new IllegalArgumentException("A mailbox's limits are at least one working day, a simple question's no longer");
		}
	}

	int limit(boolean simple) {
		return simple ? simpleWorkingDays : workingDays;
	}
}
