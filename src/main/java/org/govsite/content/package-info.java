/**
 * The one library of documents (信息资源库): documents written once and placed in channels of
 * one or more sites, their versions, attachments, review workflow and the offering of documents
 * to the portal.
 * <p>
 * Its faces: the API at the root for the console and other modules; {@code catalogue}, what
 * publishing reads; {@code events}, what it announces; {@code import}, the unchecked bulk import for
 * trusted callers only ({@code demo}, {@code migration}).
 */
@ApplicationModule(allowedDependencies = { "platform", "audit", "identity", "site", "channel", "notification", "jobs" })
@NullMarked
package org.govsite.content;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
