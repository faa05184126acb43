/**
 * Content security (内容安全): every text checked offline against the dictionaries (sensitive
 * words, serious errors in leaders' titles, wrong expressions, common confusions, slips of
 * protected terms) and for personal data, in one pass. It checks documents on submission (as the
 * content module's {@code ContentChecker}), any text for other modules through
 * {@link org.govsite.guard.ContentGuard}, and every published page daily, whose findings become
 * rectification items of the site.
 */
@ApplicationModule(allowedDependencies = { "platform", "content", "audit", "identity", "site", "publish", "jobs",
		"calendar", "notification" })
@NullMarked
package org.govsite.guard;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
