package org.govsite.monitor;

import java.util.Locale;

/** Where a rectification task stands. */
public enum TaskState {

	/** Found, not yet fixed. */
	OPEN,

	/** Its owner says it is fixed; it closes when a re-check no longer finds it. */
	AWAITING_RECHECK,

	/** A re-check no longer found it. */
	CLOSED;

	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static TaskState ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
	}
}
