/**
 * Daily inspection (日常监测): every machine-checkable problem of every online site found by the
 * platform itself — availability probes of home pages, internal and outbound links, channel and
 * home-page freshness, tampered published files, overdue letters, content-security findings —
 * each made a rectification task (整改) with an owner and a working-day deadline, closed only when
 * a re-check no longer finds it. Checks are plug-ins ({@link org.govsite.monitor.InspectionCheck}):
 * any module may add one.
 */
@ApplicationModule(allowedDependencies = { "platform", "audit", "identity", "site", "channel", "content", "publish", "calendar",
		"jobs", "notification", "interaction", "guard" })
@NullMarked
package org.govsite.monitor;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
