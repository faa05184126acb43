/**
 * Each site's channel (栏目) tree: channel kinds and the update rules they imply, the people
 * responsible for each channel, order, visibility and archiving.
 */
@ApplicationModule(allowedDependencies = { "platform", "audit", "identity", "site", "site :: structure-changes", "calendar", "jobs" })
@NullMarked
package org.govsite.channel;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
