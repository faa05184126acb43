/**
 * Government information disclosure (政府信息公开, SPEC.md §5–6): applications for disclosure
 * (依申请公开) on their statutory clocks, and the annual disclosure report. The catalogue's
 * metadata (索引号, 主题分类, 有效性) stays with the documents in {@code content}; this module reads it
 * through content's {@code catalogue} face, and publishes the catalogue's pages and the annual
 * reports on the sites through publishing's {@code SitePageSource}.
 */
@ApplicationModule(allowedDependencies = { "platform", "audit", "identity", "calendar", "site", "channel",
		"content :: catalogue", "content :: events", "notification", "jobs", "publish" })
@NullMarked
package org.govsite.disclosure;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
