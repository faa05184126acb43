package org.govsite.identity;

import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * What a change of an account's roles did: the grants it added and took away, or, for one of the
 * three administrator roles, the request now waiting for the other administrators' approval.
 */
public record GrantOutcome(Set<Grant> granted, Set<Grant> revoked, @Nullable AdministratorChange pending) {

	public GrantOutcome {
		granted = Set.copyOf(granted);
		revoked = Set.copyOf(revoked);
	}

	/** For the audit record, e.g. {@code granted site:1:EDITOR:channel:9; revoked site:1:REVIEWER}. */
	public String describe() {
		StringBuilder text = new StringBuilder();
		if (pending != null) {
			text.append("requested ").append(pending.argument()).append(" (administrator change #").append(pending.id())
				.append(", awaiting approval)");
		}
		append(text, "granted", granted);
		append(text, "revoked", revoked);
		return text.isEmpty() ? "unchanged" : text.toString();
	}

	private static void append(StringBuilder text, String what, Set<Grant> grants) {
		if (grants.isEmpty()) {
			return;
		}
		if (!text.isEmpty()) {
			text.append("; ");
		}
		text.append(what).append(' ')
			.append(grants.stream().map(Grant::authority).sorted().collect(Collectors.joining(", ")));
	}
}
