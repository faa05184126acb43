/**
 * Working days: statutory holidays and adjusted working days (调休) per year, and the
 * working-day arithmetic every deadline of the platform is computed with.
 */
@ApplicationModule(allowedDependencies = { "platform", "audit", "identity", "jobs" })
@NullMarked
package org.govsite.calendar;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
