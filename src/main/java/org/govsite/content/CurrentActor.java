package org.govsite.content;

import java.util.Objects;

import org.govsite.identity.StaffAccess;

/** Who the library's history names for a step: the signed-in staff member, or the system. */
final class CurrentActor {

	private CurrentActor() {
	}

	static String of(StaffAccess staff) {
		return Objects.requireNonNullElse(staff.currentUsername(), "system");
	}

}
