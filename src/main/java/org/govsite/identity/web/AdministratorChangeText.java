package org.govsite.identity.web;

import org.govsite.identity.AdministratorChange;

/** An administrator change in a few words, for its audit records. */
final class AdministratorChangeText {

	private AdministratorChangeText() {
	}

	static String describe(AdministratorChange change) {
		String what = change.kind() + (change.argument() == null || change.kind() == AdministratorChange.Kind.EMAIL_CHANGE
				? "" : " " + change.argument()) + " for " + change.username();
		return switch (change.state()) {
			case PENDING -> what + ": approved, still awaiting " + change.awaitedRoles();
			case DONE -> what + ": approved and carried out";
			case REFUSED -> what + ": refused";
		};
	}
}
