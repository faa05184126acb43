/**
 * Staff accounts, their roles scoped to sites and channels, the separation of the three
 * administrators (三员分立), passwords, two-factor login, sessions and API tokens.
 */
@ApplicationModule(allowedDependencies = { "platform", "audit" })
@NullMarked
package org.govsite.identity;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
