/**
 * 互动交流: letters from citizens to a site's mailboxes (领导信箱, 咨询, 投诉, 建议), their handling
 * on working-day deadlines, reviewed replies published on the site, satisfaction, error reports
 * and the knowledge base (SPEC.md §7); public participation: solicitations, surveys, online
 * interviews, and subscriptions (订阅).
 * <p>
 * Subscriptions live here rather than in {@code notification}, although they end in email: they are
 * a citizen's participation like a survey response (a public form on every site, rate-limited, an
 * address confirmed by a link, sealed at rest, handled by the sites' letter handlers), while
 * {@code notification} holds staff messages and sits below {@code content} (content notifies
 * reviewers), so it could not listen to {@code DocumentPublished} without a cycle. The email itself
 * goes out through notification's {@code PublicMail}, with the staff's sender and mail server.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "platform", "calendar", "site", "identity", "notification", "jobs", "audit", "publish",
		"channel", "content :: catalogue", "content :: events" })
package org.govsite.interaction;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
