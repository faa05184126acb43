package org.govsite.identity;

import java.util.Locale;

/**
 * Two site roles, in a fixed order, that the security policy may keep apart: one account may not
 * hold both over overlapping scopes (e.g. an editor reviewing their own channels).
 */
public record RolePair(StaffRole first, StaffRole second) {

	public RolePair {
		if (first.isAdministrator() || second.isAdministrator()) {
			throw new IllegalArgumentException("The three administrators hold no other role anyway");
		}
		if (first == second) {
			throw new IllegalArgumentException("A pair needs two roles");
		}
		if (first.ordinal() > second.ordinal()) {
			StaffRole swap = first;
			first = second;
			second = swap;
		}
	}

	public static final RolePair EDITOR_REVIEWER = new RolePair(StaffRole.EDITOR, StaffRole.REVIEWER);

	/** A pair as stored and posted, e.g. {@code EDITOR+REVIEWER}. */
	public static RolePair parse(String code) {
		String[] roles = code.trim().toUpperCase(Locale.ROOT).split("\\+");
		if (roles.length != 2) {
			throw new IllegalArgumentException("Not a role pair: " + code);
		}
		return new RolePair(StaffRole.valueOf(roles[0].trim()), StaffRole.valueOf(roles[1].trim()));
	}

	public String code() {
		return first.name() + "+" + second.name();
	}

	public boolean joins(StaffRole one, StaffRole other) {
		return (one == first && other == second) || (one == second && other == first);
	}

	@Override
	public String toString() {
		return code();
	}
}
