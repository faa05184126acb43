package org.govsite.servicecatalog;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.govsite.identity.StaffAccess;
import org.govsite.platform.RuleViolation;
import org.govsite.publish.PublishJobs;
import org.govsite.servicecatalog.internal.FeedRunStore;
import org.govsite.servicecatalog.internal.GuideCheck;
import org.govsite.servicecatalog.internal.GuideSearchEntries;
import org.govsite.servicecatalog.internal.ServiceItemStore;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service items from the provincial 政务服务 system ({@link ServiceItemSource}), imported daily and on
 * the system administrator's demand. Each item goes to the catalogue of the site its 标识码 names
 * and is matched there by its 事项编码: added once, updated when it changed, never duplicated.
 * Unlike the xlsx import, one wrong item does not stop the others: it is left as it was and named,
 * in Chinese, in the run's record.
 */
@Service
@Transactional
public class ServiceItemFeed {

	private static final Logger log = LoggerFactory.getLogger(ServiceItemFeed.class);

	private final ServiceItemSource source;

	private final ServiceItemStore store;

	private final GuideCheck check;

	private final GuideSearchEntries search;

	private final FeedRunStore runs;

	private final SiteDirectory sites;

	private final StaffAccess access;

	private final PublishJobs publishing;

	private final MessageSource messages;

	private final Clock clock;

	ServiceItemFeed(ServiceItemSource source, ServiceItemStore store, GuideCheck check, GuideSearchEntries search,
			FeedRunStore runs, SiteDirectory sites, StaffAccess access, PublishJobs publishing, MessageSource messages,
			Clock clock) {
		this.source = source;
		this.store = store;
		this.check = check;
		this.search = search;
		this.runs = runs;
		this.sites = sites;
		this.access = access;
		this.publishing = publishing;
		this.messages = messages;
		this.clock = clock;
	}

	/** Whether the signed-in user runs the import (the system administrator). */
	public boolean runsImport() {
		return access.isSystemAdmin();
	}

	/** Whether a 政务服务 system is configured. */
	public boolean configured() {
		return source.configured();
	}

	/** The system administrator imports now. */
	public FeedRun importNow() {
		requireSystemAdmin();
		if (!source.configured()) {
			throw new RuleViolation("servicecatalog.feed.notConfigured");
		}
		return run();
	}

	/** The daily import: nothing when no system is configured. */
	public void importScheduled() {
		if (source.configured()) {
			run();
		}
	}

	@Transactional(readOnly = true)
	public Optional<FeedRun> lastRun() {
		requireSystemAdmin();
		return runs.last();
	}

	private FeedRun run() {
		Instant now = clock.instant();
		ServiceItemSource.Items read;
		try {
			read = source.read();
		}
		catch (IOException | RuntimeException e) {
			log.warn("The service item feed could not be read: {}", e.toString());
			return record(new FeedRun(now, 0, 0, 0, List.of(text("servicecatalog.feed.unreadable"))));
		}
		List<String> errors = new ArrayList<>();
		read.unreadable().forEach(item -> errors.add(named(item.position(), item.code(), check.text(item.violation()))));
		Map<String, SiteSummary> serving = sites.all().stream()
			.filter(site -> site.siteCode() != null && site.state().isServing())
			.collect(Collectors.toMap(SiteSummary::siteCode, Function.identity(), (a, b) -> a));
		Set<String> seen = new HashSet<>();
		Set<Long> changed = new LinkedHashSet<>();
		int added = 0;
		int updated = 0;
		int unchanged = 0;
		for (ServiceItemSource.Item item : read.items()) {
			ServiceGuide guide = item.guide();
			SiteSummary site = serving.get(item.siteCode());
			if (site == null) {
				errors.add(named(item.position(), guide.code(), text("servicecatalog.feed.unknownSite", item.siteCode())));
				continue;
			}
			if (!seen.add(site.id() + "/" + guide.code())) {
				errors.add(named(item.position(), guide.code(), text("servicecatalog.feed.duplicate", guide.code())));
				continue;
			}
			List<RuleViolation> problems = check.problems(site.id(), guide);
			if (!problems.isEmpty()) {
				problems.forEach(problem -> errors.add(named(item.position(), guide.code(), check.text(problem))));
				continue;
			}
			Optional<ServiceItemStore.Stored> existing = store.find(site.id(), guide.code());
			if (existing.isPresent() && existing.get().guide().equals(guide)) {
				unchanged++;
				continue;
			}
			long id;
			if (existing.isPresent()) {
				id = existing.get().id();
				store.update(id, guide, now);
				updated++;
			}
			else {
				id = store.insert(site.id(), guide, now);
				added++;
			}
			search.index(new ServiceItemView(id, site.id(), site.name(), guide, now));
			changed.add(site.id());
			if (site.parentId() != null) {
				// the portal's group catalogue lists the department's items
				changed.add(site.parentId());
			}
		}
		changed.forEach(siteId -> publishing.publishSitePages(siteId, text("servicecatalog.publishPages")));
		return record(new FeedRun(now, added, updated, unchanged, errors));
	}

	private FeedRun record(FeedRun run) {
		runs.insert(run);
		return run;
	}

	private String named(int position, @Nullable String code, String message) {
		return code == null ? text("servicecatalog.feed.itemAt", String.valueOf(position), message)
				: text("servicecatalog.feed.item", String.valueOf(position), code, message);
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	private void requireSystemAdmin() {
		if (!access.isSystemAdmin()) {
			throw new AccessDeniedException("servicecatalog");
		}
	}
}
