package org.govsite.identity;

import org.jspecify.annotations.Nullable;

/**
 * A password reset: for ordinary staff, the new activation link to hand over; for one of the three
 * administrators, the request waiting for a second administrator's approval (the link then goes to
 * the holder alone, never to the requester).
 */
public record PasswordReset(@Nullable Activation activation, @Nullable AdministratorChange pending) {
}
