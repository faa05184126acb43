package org.govsite.secops.internal;

import java.util.Objects;

import org.govsite.identity.StaffAccess;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Security operations are the security administrator's alone; who acted is kept with each record. */
@Component
public class SecopsAccess {

	private final StaffAccess access;

	SecopsAccess(StaffAccess access) {
		this.access = access;
	}

	/** @throws AccessDeniedException for anyone but a security administrator */
	public void require() {
		if (!access.isSecurityAdmin()) {
			throw new AccessDeniedException("secops");
		}
	}

	/** The signed-in user's name, {@code system} for the platform's own work. */
	public String actor() {
		return Objects.requireNonNullElse(access.currentUsername(), "system");
	}
}
