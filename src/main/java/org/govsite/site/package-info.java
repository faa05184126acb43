/**
 * The site group: sites with their 标识码, domains, filings and sponsors; their lifecycle from
 * application to closing; change records; 政务新媒体 accounts.
 */
@ApplicationModule(allowedDependencies = { "platform", "audit", "identity", "calendar", "notification", "jobs" })
@NullMarked
package org.govsite.site;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
