package org.govsite.jobs;

/**
 * A failure and its causes in one line, for the jobs' pages: "Could not write x: disk full"; also
 * for a module's own queue (publishing).
 */
public final class Causes {

	private Causes() {
	}

	public static String of(Throwable failure) {
		StringBuilder reason = new StringBuilder();
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
			if (reason.indexOf(message) < 0) {
				reason.append(reason.isEmpty() ? "" : ": ").append(message);
			}
		}
		return reason.length() > 2000 ? reason.substring(0, 2000) : reason.toString();
	}
}
