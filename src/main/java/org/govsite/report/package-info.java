/**
 * Reports: first-party visit statistics from a cookie-free beacon (per site, channel and page,
 * robots left out, no IP address kept), their charts and export, and the annual website report
 * (政府网站工作年度报表, SPEC.md §10) filled from the other modules' live data (its 安全防护 from
 * secops' {@code SecurityFigures}).
 */
@ApplicationModule(allowedDependencies = { "platform", "audit", "identity", "site", "channel", "content :: catalogue",
		"servicecatalog", "interaction", "jobs", "publish", "monitor", "assessment", "secops" })
@NullMarked
package org.govsite.report;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
