package org.govsite.publish;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govsite.identity.StaffAccess;
import org.govsite.platform.NotFound;
import org.govsite.platform.TextChecker;
import org.govsite.publish.internal.JobStore;
import org.govsite.publish.internal.PageText;
import org.govsite.publish.internal.SiteContext;
import org.govsite.publish.internal.SitePublisher;
import org.govsite.publish.internal.TemplateRefusal;
import org.govsite.publish.internal.TemplateSample;
import org.govsite.publish.internal.TemplateStore;
import org.govsite.publish.internal.Theme;
import org.govsite.publish.internal.Themes;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A site's own versions of its theme's templates, for its template managers: each saved version
 * kept, a template that fails on any page kind refused, and the site published in full after a
 * change.
 */
@Service
@Transactional
@PreAuthorize("@staffAccess.hasSiteRole(#siteId, T(org.govsite.identity.StaffRole).TEMPLATE_MANAGER)")
public class SiteTemplates {

	private final TemplateStore templates;

	private final Themes themes;

	private final SitePublisher publisher;

	private final JobStore jobs;

	private final StaffAccess access;

	private final ObjectProvider<TextChecker> checker;

	private final Clock clock;

	SiteTemplates(TemplateStore templates, Themes themes, SitePublisher publisher, JobStore jobs, StaffAccess access,
			ObjectProvider<TextChecker> checker, Clock clock) {
		this.checker = checker;
		this.templates = templates;
		this.themes = themes;
		this.publisher = publisher;
		this.jobs = jobs;
		this.access = access;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<TemplateInfo> templates(long siteId) {
		Map<String, String> current = templates.current(siteId);
		List<TemplateInfo> all = new ArrayList<>();
		for (String name : Theme.TEMPLATES.stream().sorted().toList()) {
			List<TemplateVersion> versions = templates.versions(siteId, name);
			TemplateVersion last = versions.isEmpty() ? null : versions.get(0);
			all.add(new TemplateInfo(name, current.containsKey(name), last == null ? null : last.savedBy(),
					last == null ? null : last.savedAt()));
		}
		return all;
	}

	/** The template's source in force for the site: its own version, or the default theme's. */
	@Transactional(readOnly = true)
	public String templateSource(long siteId, String name) {
		known(name);
		String own = templates.current(siteId).get(name);
		return own != null ? own : Theme.defaultSource(name);
	}

	@Transactional(readOnly = true)
	public List<TemplateVersion> templateVersions(long siteId, String name) {
		known(name);
		return templates.versions(siteId, name);
	}

	/**
	 * Saves a new version of one of the site's templates, after rendering every page kind with it;
	 * then publishes the site in full. A template that fails is refused with the error, and so is one
	 * whose own text holds what the content check does not let out.
	 */
	public long saveTemplate(long siteId, String name, String source, @Nullable String note) {
		known(name);
		checkText(name, source);
		Map<String, String> candidate = new HashMap<>(templates.current(siteId));
		candidate.put(name, source);
		check(siteId, name, candidate);
		return saved(siteId, name, source, note);
	}

	/** Goes back to the default theme's template (kept as a version too). */
	public long revertTemplate(long siteId, String name, @Nullable String note) {
		known(name);
		return saved(siteId, name, null, note);
	}

	private long saved(long siteId, String name, @Nullable String source, @Nullable String note) {
		long id = templates.save(siteId, name, source, String.valueOf(access.currentUsername()), clock.instant(), note);
		themes.changed(siteId);
		jobs.enqueue(siteId, JobKind.FULL, Set.of(), Set.of(), PageText.text("page.reason.template", name),
				access.currentUsername(), clock.instant());
		return id;
	}

	private void check(long siteId, String name, Map<String, String> overrides) {
		SiteContext site = publisher.context(siteId);
		try {
			TemplateSample.render(new Theme(overrides), site);
		}
		catch (RuntimeException e) {
			Throwable cause = e;
			while (cause.getCause() != null && cause.getCause() != cause && !(cause instanceof TemplateRefusal)) {
				cause = cause.getCause();
			}
			if (cause instanceof TemplateRefusal refusal) {
				throw new TemplateRejected(name, String.valueOf(refusal.getMessage()));
			}
			throw new TemplateRejected(name, String.valueOf(e.getMessage())
					+ (cause == e ? "" : "（" + cause.getMessage() + "）"));
		}
	}

	/**
	 * The template's literal text (what it writes on every page whatever the data) through the
	 * content-check port; the guard implements it, and depends on publish, so publish goes through
	 * platform's port. Without a checker (module tests) nothing is refused.
	 */
	private void checkText(String name, String source) {
		TextChecker check = checker.getIfAvailable();
		if (check == null) {
			return;
		}
		List<String> blocking = check.check(Jsoup.parse(source).text()).stream()
			.filter(TextChecker.Finding::blocking)
			.map(TextChecker.Finding::description)
			.distinct()
			.toList();
		if (!blocking.isEmpty()) {
			throw TemplateRejected.byContentCheck(name, String.join("", blocking));
		}
	}

	private static void known(String name) {
		if (!Theme.TEMPLATES.contains(name)) {
			throw new NotFound("template", name);
		}
	}

}
