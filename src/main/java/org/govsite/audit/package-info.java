/**
 * The audit trail: who changed what, when and from where; append-only, each record chained to
 * the one before by its hash, so that an altered or deleted record is found.
 */
@NullMarked
package org.govsite.audit;

import org.jspecify.annotations.NullMarked;
