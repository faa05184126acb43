/**
 * 互动交流: letters from citizens to a site's mailboxes (领导信箱, 咨询, 投诉, 建议), their handling
 * on working-day deadlines, reviewed replies published on the site, satisfaction, error reports
 * and the knowledge base (SPEC.md §7).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "platform", "calendar", "site", "identity", "notification", "jobs", "audit", "publish" })
package org.govsite.interaction;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
