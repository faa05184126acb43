package org.govsite.servicecatalog;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.govsite.identity.StaffAccess;
import org.govsite.identity.StaffRole;
import org.govsite.platform.NotFound;
import org.govsite.platform.RuleViolation;
import org.govsite.publish.PublishJobs;
import org.govsite.servicecatalog.internal.FormFiles;
import org.govsite.servicecatalog.internal.GuideCheck;
import org.govsite.servicecatalog.internal.GuidePages;
import org.govsite.servicecatalog.internal.GuideSearchEntries;
import org.govsite.servicecatalog.internal.GuideWorkbook;
import org.govsite.servicecatalog.internal.ServiceItemStore;
import org.govsite.servicecatalog.internal.ServiceItemStore.Stored;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteKind;
import org.govsite.site.SiteSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service catalogue (办事服务, SPEC.md §8): each site's service items and their guides, kept by
 * its site managers and editors from the console or an xlsx import, every guide checked on save
 * (the ten key elements, a known theme, the group's unified name), indexed for site search,
 * published as static pages in the site's theme (a change republishes the site's guide pages), and
 * shown by the public role per site and, on the portal, for the whole group.
 */
@Service
@Transactional
public class ServiceCatalog {

	private final ServiceItemStore store;

	private final GuideCheck check;

	private final GuideSearchEntries search;

	private final SiteDirectory sites;

	private final StaffAccess access;

	private final MessageSource messages;

	private final FormFiles files;

	private final PublishJobs publishing;

	private final Clock clock;

	ServiceCatalog(ServiceItemStore store, GuideCheck check, GuideSearchEntries search, SiteDirectory sites,
			StaffAccess access, MessageSource messages, FormFiles files, PublishJobs publishing, Clock clock) {
		this.files = files;
		this.publishing = publishing;
		this.store = store;
		this.check = check;
		this.search = search;
		this.sites = sites;
		this.access = access;
		this.messages = messages;
		this.clock = clock;
	}

	// --- console ------------------------------------------------------------------------------

	/** The sites whose catalogue the signed-in user keeps (all for the system administrator). */
	@Transactional(readOnly = true)
	public List<SiteSummary> editableSites() {
		return sites.all().stream().filter(site -> keeps(site.id())).toList();
	}

	@Transactional(readOnly = true)
	public List<ServiceItemView> items(long siteId) {
		requireKeeper(siteId);
		return views(store.ofSites(List.of(siteId), null, null));
	}

	@Transactional(readOnly = true)
	public ServiceItemView item(long itemId) {
		ServiceItemView item = stored(itemId);
		requireKeeper(item.siteId());
		return item;
	}

	/**
	 * Adds an item to the site's catalogue.
	 *
	 * @throws RuleViolation naming what is wrong, e.g. the key elements the guide lacks
	 */
	public long create(long siteId, ServiceGuide guide) {
		requireKeeper(siteId);
		requireValid(siteId, guide);
		if (store.find(siteId, guide.code()).isPresent()) {
			throw new RuleViolation("servicecatalog.guide.duplicateCode", guide.code());
		}
		long id = store.insert(siteId, guide, clock.instant());
		search.index(stored(id));
		republish(siteId);
		return id;
	}

	public void update(long itemId, ServiceGuide guide) {
		ServiceItemView item = item(itemId);
		requireValid(item.siteId(), guide);
		store.find(item.siteId(), guide.code())
			.filter(other -> other.id() != itemId)
			.ifPresent(other -> {
				throw new RuleViolation("servicecatalog.guide.duplicateCode", guide.code());
			});
		store.update(itemId, guide, clock.instant());
		search.index(stored(itemId));
		republish(item.siteId());
	}

	public void delete(long itemId) {
		long siteId = item(itemId).siteId();
		store.delete(itemId);
		search.remove(itemId);
		republish(siteId);
	}

	/** The empty workbook to fill in, with the themes and the rules on a sheet of its own. */
	public byte[] template() {
		return GuideWorkbook.template();
	}

	/**
	 * Adds or updates (by 事项编码) the items of a filled-in template. Every row is checked as a guide
	 * saved in the console; if any is wrong, nothing is stored and each wrong row is named.
	 */
	public ImportResult importWorkbook(long siteId, byte[] xlsx) {
		requireKeeper(siteId);
		GuideWorkbook.Read read = GuideWorkbook.read(xlsx);
		List<String> errors = new ArrayList<>();
		read.problems().forEach(problem -> errors.add(row(problem.sheet(), problem.row(), check.text(problem.violation()))));
		Set<String> seen = new java.util.HashSet<>();
		for (GuideWorkbook.ItemRow row : read.items()) {
			if (!seen.add(row.guide().code())) {
				errors.add(row(GuideWorkbook.ITEMS, row.row(),
						check.text(new RuleViolation("servicecatalog.guide.duplicateCode", row.guide().code()))));
			}
			check.problems(siteId, row.guide())
				.forEach(violation -> errors.add(row(GuideWorkbook.ITEMS, row.row(), check.text(violation))));
		}
		if (read.items().isEmpty() && errors.isEmpty()) {
			errors.add(text("servicecatalog.import.empty"));
		}
		if (!errors.isEmpty()) {
			return new ImportResult(0, 0, errors);
		}
		int added = 0;
		int updated = 0;
		Instant now = clock.instant();
		for (GuideWorkbook.ItemRow row : read.items()) {
			Optional<Stored> existing = store.find(siteId, row.guide().code());
			long id;
			if (existing.isPresent()) {
				id = existing.get().id();
				store.update(id, row.guide(), now);
				updated++;
			}
			else {
				id = store.insert(siteId, row.guide(), now);
				added++;
			}
			search.index(stored(id));
		}
		republish(siteId);
		return new ImportResult(added, updated, List.of());
	}

	/**
	 * Keeps a file to download from a guide (a blank form, its instructions, a sample).
	 *
	 * @return its public address
	 * @throws RuleViolation when it is too large or not a form's type
	 */
	public String upload(long siteId, String fileName, byte[] content) {
		requireKeeper(siteId);
		long id = files.store(siteId, fileName, content, java.util.Objects.requireNonNullElse(access.currentUsername(), "system"),
				clock.instant());
		return GuidePages.file(id);
	}

	@Transactional(readOnly = true)
	public List<FormFile> files(long siteId) {
		requireKeeper(siteId);
		return files.ofSite(siteId);
	}

	// --- public -------------------------------------------------------------------------------

	/** A file to download, while its site is online. */
	@Transactional(readOnly = true)
	public Optional<FormFile> publicFile(long fileId) {
		return files.find(fileId).filter(file -> sites.find(file.siteId()).map(site -> site.state().isServing()).orElse(false));
	}

	/**
	 * A site's entry, found by its 标识码: its own items, or on a portal those of the whole group.
	 * The theme is ignored when it is not one of the target's.
	 */
	@Transactional(readOnly = true)
	public Optional<ServiceEntry> entry(String siteCode, ServiceTarget target, @Nullable String theme) {
		Optional<SiteSummary> site = publicSite(siteCode);
		if (site.isEmpty()) {
			return Optional.empty();
		}
		String chosen = theme != null && ServiceThemes.known(target, theme) ? theme : null;
		List<Long> covered = new ArrayList<>();
		covered.add(site.get().id());
		if (site.get().kind() == SiteKind.PORTAL) {
			sites.all().stream()
				.filter(other -> Long.valueOf(site.get().id()).equals(other.parentId()) && other.state().isServing())
				.forEach(other -> covered.add(other.id()));
		}
		Map<String, List<ServiceItemView>> byTheme = new LinkedHashMap<>();
		ServiceThemes.of(target).forEach(name -> byTheme.put(name, new ArrayList<>()));
		views(store.ofSites(covered, target, chosen)).forEach(item -> byTheme.get(item.guide().theme()).add(item));
		byTheme.values().removeIf(List::isEmpty);
		return Optional.of(new ServiceEntry(site.get(), target, ServiceThemes.of(target), chosen == null ? "" : chosen,
				byTheme));
	}

	/** A guide as the public reads it, if its site is online. */
	@Transactional(readOnly = true)
	public Optional<ServiceItemView> publicGuide(long itemId) {
		return store.find(itemId)
			.filter(item -> sites.find(item.siteId()).map(site -> site.state().isServing()).orElse(false))
			.map(item -> views(List.of(item)).get(0));
	}

	/** A site that is online, by its 标识码. */
	@Transactional(readOnly = true)
	public Optional<SiteSummary> publicSite(String siteCode) {
		return sites.all().stream()
			.filter(site -> siteCode.equals(site.siteCode()) && site.state().isServing())
			.findFirst();
	}

	// --- reports ------------------------------------------------------------------------------

	/** What the annual website report counts of a site's services. */
	@Transactional(readOnly = true)
	public ServiceFigures figures(long siteId) {
		return new ServiceFigures(store.count(siteId, false), store.count(siteId, true));
	}

	// ------------------------------------------------------------------------------------------

	private void requireValid(long siteId, ServiceGuide guide) {
		List<RuleViolation> problems = check.problems(siteId, guide);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
	}

	private boolean keeps(long siteId) {
		return access.managesSite(siteId) || access.hasSiteRole(siteId, StaffRole.EDITOR);
	}

	private void requireKeeper(long siteId) {
		if (!keeps(siteId)) {
			throw new AccessDeniedException("servicecatalog");
		}
	}

	private ServiceItemView stored(long itemId) {
		return store.find(itemId).map(item -> views(List.of(item)).get(0))
			.orElseThrow(() -> new NotFound("serviceItem", itemId));
	}

	private List<ServiceItemView> views(List<Stored> items) {
		Map<Long, String> names = items.stream()
			.map(Stored::siteId)
			.distinct()
			.collect(Collectors.toMap(id -> id, id -> sites.find(id).map(SiteSummary::name).orElse("")));
		return items.stream()
			.map(item -> new ServiceItemView(item.id(), item.siteId(), names.get(item.siteId()), item.guide(), item.updatedAt()))
			.toList();
	}

	private String row(String sheet, int row, String message) {
		return row <= 0 ? text("servicecatalog.import.sheet", sheet, message)
				: text("servicecatalog.import.row", sheet, String.valueOf(row), message);
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	/** The site's guide pages, and its portal's, whose group catalogue lists the site's items. */
	private void republish(long siteId) {
		String reason = messages.getMessage("servicecatalog.publishPages", null, LocaleContextHolder.getLocale());
		publishing.publishSitePages(siteId, reason);
		sites.find(siteId).map(SiteSummary::parentId).ifPresent(portal -> publishing.publishSitePages(portal, reason));
	}
}
