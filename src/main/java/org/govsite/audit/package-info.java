/**
 * The audit trail: who changed what, when and from where; append-only, each record chained to
 * the one before by its hash, so that an altered or deleted record is found.
 */
@ApplicationModule(allowedDependencies = { "platform" })
@NullMarked
package org.govsite.audit;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
