package org.govsite.identity;

/** One of the three administrators, as entered on the setup page of a new installation. */
public record AdministratorSetup(StaffRole role, String username, String displayName, String password) {
}
