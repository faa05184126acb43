package org.govsite.secops;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.govsite.platform.NotFound;
import org.govsite.platform.RuleViolation;
import org.govsite.secops.internal.ScanCheck;
import org.govsite.secops.internal.ScanFiles;
import org.govsite.secops.internal.SecopsAlerts;
import org.govsite.secops.internal.SecopsAccess;
import org.govsite.secops.internal.SecopsStore;
import org.govsite.secops.internal.SecopsStore.StoredFinding;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly vulnerability scans (SPEC.md §12): results imported from a file, all lines or none;
 * each finding tracked to its fix by a deadline set by its severity ({@link FixDeadlines}), open →
 * fixed (with a note) → verified; the sites without a scan in the last month. The security
 * administrator's.
 */
@Service
@Transactional
public class Vulnerabilities {

	/** The longest fix note. */
	static final int NOTE_LENGTH = 2000;

	private final SecopsStore store;

	private final SiteDirectory sites;

	private final FixDeadlines deadlines;

	private final SecopsAlerts alerts;

	private final SecopsAccess access;

	private final MessageSource messages;

	private final Clock clock;

	Vulnerabilities(SecopsStore store, SiteDirectory sites, FixDeadlines deadlines, SecopsAlerts alerts, SecopsAccess access,
			MessageSource messages, Clock clock) {
		this.store = store;
		this.sites = sites;
		this.deadlines = deadlines;
		this.alerts = alerts;
		this.access = access;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Imports a scan-results file: every line checked first, then all of it in one transaction, or
	 * nothing with each line's errors. A finding already known (its site and id) is updated, not
	 * added again; a new high one is sent to the security administrators.
	 */
	public ScanImport importFile(String fileName, byte[] bytes) {
		access.require();
		List<ScanRow> rows;
		try {
			rows = ScanFiles.read(fileName, bytes);
		}
		catch (RuleViolation unreadable) {
			return new ScanImport(0, 0, 0, 0, List.of(text(unreadable.code(), unreadable.arguments())));
		}
		List<SiteSummary> all = sites.all();
		LocalDate today = LocalDate.now(clock);
		ScanCheck.Outcome outcome = ScanCheck.check(rows, named -> site(all, named), today);
		if (!outcome.problems().isEmpty()) {
			List<String> errors = new ArrayList<>();
			for (ScanCheck.Problem problem : outcome.problems()) {
				String reason = text("secops.scan.row." + problem.code(), problem.arguments());
				errors.add(problem.line() == 0 ? reason : text("secops.scan.line", problem.line(), reason));
			}
			return new ScanImport(rows.size(), 0, 0, 0, errors);
		}
		String actor = access.actor();
		Instant now = clock.instant();
		int scans = 0;
		int created = 0;
		int updated = 0;
		java.util.Set<String> scanned = new java.util.HashSet<>();
		for (ScanCheck.Checked line : outcome.lines()) {
			if (scanned.add(line.siteId() + "@" + line.scannedOn())) {
				store.recordScan(line.siteId(), line.scannedOn(), fileName, actor, now);
				scans++;
			}
			ScanCheck.Finding finding = line.finding();
			if (finding == null) {
				continue;
			}
			Optional<StoredFinding> known = store.finding(line.siteId(), finding.id());
			if (known.isPresent()) {
				store.updateFinding(known.get().id(), finding, deadlines.due(finding.severity(), known.get().foundOn()), now);
				updated++;
			}
			else {
				LocalDate due = deadlines.due(finding.severity(), line.scannedOn());
				store.createFinding(line.siteId(), finding, line.scannedOn(), due, now);
				created++;
				if (finding.severity() == Severity.HIGH) {
					alerts.highFinding(siteName(all, line.siteId()), finding.title(), due.toString());
				}
			}
		}
		return new ScanImport(rows.size(), scans, created, updated, List.of());
	}

	/** The findings not yet verified (or all), overdue first, of one site or all. */
	@Transactional(readOnly = true)
	public List<FindingView> findings(@Nullable Long siteId, boolean openOnly) {
		access.require();
		List<SiteSummary> all = sites.all();
		LocalDate today = LocalDate.now(clock);
		return store.findings(siteId, openOnly, 1000).stream().map(found -> view(found, all, today)).toList();
	}

	/** Records the fix, with a note on how it was fixed. */
	public void fix(long id, String note) {
		access.require();
		StoredFinding finding = find(id);
		String kept = note.strip();
		if (kept.isEmpty()) {
			throw new RuleViolation("secops.finding.noteRequired");
		}
		if (kept.length() > NOTE_LENGTH) {
			throw new RuleViolation("secops.finding.noteLength", NOTE_LENGTH);
		}
		finding.state().fix();
		store.fixed(id, kept, access.actor(), LocalDate.now(clock), clock.instant());
	}

	/** Records that a re-check found the fix in place. */
	public void verify(long id) {
		access.require();
		find(id).state().verify();
		store.verified(id, access.actor(), LocalDate.now(clock), clock.instant());
	}

	/** The serving sites and their last scan, those not scanned in the last month first. */
	@Transactional(readOnly = true)
	public List<SiteScan> unscanned() {
		access.require();
		LocalDate monthAgo = LocalDate.now(clock).minusMonths(1);
		Map<Long, LocalDate> last = store.lastScans();
		return sites.all().stream()
			.filter(site -> site.state().isServing())
			.filter(site -> last.get(site.id()) == null || last.get(site.id()).isBefore(monthAgo))
			.map(site -> new SiteScan(site.id(), site.name(), site.siteCode(), last.get(site.id())))
			.toList();
	}

	/** Tells the security administrators of each open finding that passed its last day, once. */
	public int alertOverdue() {
		List<SiteSummary> all = sites.all();
		List<StoredFinding> overdue = store.takeOverdue(LocalDate.now(clock));
		for (StoredFinding finding : overdue) {
			alerts.overdue(siteName(all, finding.siteId()), finding.title(), finding.severity().label(),
					finding.dueOn().toString());
		}
		return overdue.size();
	}

	// ------------------------------------------------------------------------------------------

	/** A site named by its 标识码 or its host (a URL's host will do). */
	static Optional<Long> site(List<SiteSummary> all, String named) {
		String wanted = named.strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("/.*$", "");
		return all.stream()
			.filter(site -> wanted.equalsIgnoreCase(Objects.requireNonNullElse(site.siteCode(), ""))
					|| wanted.equalsIgnoreCase(Objects.requireNonNullElse(site.domain(), "")))
			.map(SiteSummary::id)
			.findFirst();
	}

	private StoredFinding find(long id) {
		return store.finding(id).orElseThrow(() -> new NotFound("finding", id));
	}

	private FindingView view(StoredFinding found, List<SiteSummary> all, LocalDate today) {
		return new FindingView(found.id(), found.siteId(), siteName(all, found.siteId()), found.findingId(), found.title(),
				found.severity(), found.url(), found.description(), found.foundOn(), found.dueOn(), found.state(),
				found.fixNote(), found.fixedOn(), found.verifiedOn(), FixDeadlines.overdue(found.state(), found.dueOn(), today));
	}

	static String siteName(List<SiteSummary> all, long siteId) {
		return all.stream().filter(site -> site.id() == siteId).map(SiteSummary::name).findFirst().orElse("#" + siteId);
	}

	private String text(String code, Object... arguments) {
		return messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale());
	}


}
