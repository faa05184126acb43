package org.govsite.monitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one run of a check means for a site's tasks of its kinds (the re-check rule): a problem
 * without a task opens one; a problem with one is seen again, and a task whose owner said it was
 * fixed goes back to open; a task whose problem was not found is closed. Nothing else closes a
 * task: saying it is fixed only asks for the re-check.
 *
 * @param opened problems that get a new task
 * @param seen tasks found again, with what was found
 * @param reopened tasks said to be fixed that the re-check still found (also in {@code seen})
 * @param closed tasks the re-check no longer found
 */
public record Reconciliation(List<Problem> opened, Map<RectificationTask, Problem> seen, List<RectificationTask> reopened,
		List<RectificationTask> closed) {

	/** Compares a check's findings with the site's unclosed tasks of that check's kinds. */
	public static Reconciliation of(List<Problem> found, List<RectificationTask> unclosed) {
		Map<String, RectificationTask> tasks = new HashMap<>();
		unclosed.forEach(task -> tasks.put(key(task.kind(), task.subject()), task));
		List<Problem> opened = new ArrayList<>();
		Map<RectificationTask, Problem> seen = new java.util.LinkedHashMap<>();
		List<RectificationTask> reopened = new ArrayList<>();
		for (Problem problem : found) {
			RectificationTask task = tasks.remove(key(problem.kind(), problem.subject()));
			if (task == null) {
				if (opened.stream().noneMatch(p -> p.kind() == problem.kind() && p.subject().equals(problem.subject()))) {
					opened.add(problem);
				}
				continue;
			}
			seen.put(task, problem);
			if (task.state() == TaskState.AWAITING_RECHECK) {
				reopened.add(task);
			}
		}
		return new Reconciliation(List.copyOf(opened), seen, List.copyOf(reopened), List.copyOf(tasks.values()));
	}

	private static String key(ProblemKind kind, String subject) {
		return kind.code() + '\u0000' + subject;
	}
}
