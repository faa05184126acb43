package org.govsite.site;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.govsite.audit.AuditContext;
import org.govsite.platform.NotFound;
import org.govsite.site.internal.Act;
import org.govsite.site.internal.Approvers;
import org.govsite.site.internal.MigrationTarget;
import org.govsite.site.internal.NewMediaAccount;
import org.govsite.site.internal.NewMediaAccountRepository;
import org.govsite.site.internal.Site;
import org.govsite.site.internal.SiteChange;
import org.govsite.site.internal.SiteQueries;
import org.govsite.site.internal.SiteRecords;
import org.govsite.site.internal.SiteRecords.Subject;
import org.govsite.site.internal.SiteRepository;
import org.govsite.site.internal.SiteSettings;
import org.govsite.site.internal.SiteWorklist;
import org.govsite.site.internal.Supervised;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The site group's use cases: applying for a site, editing it, taking it through its lifecycle
 * (SPEC.md §1), reporting changes, and the same for 政务新媒体 accounts. Every staff member may read;
 * the system administrator applies and runs the lifecycle; a site's manager edits its profile and
 * approves at their level. Approving and refusing an application are open to whoever holds the
 * role of an approval level ({@code govsite.site.approval-levels}), checked in {@link #perform}.
 */
@Service
@Transactional
public class SiteManagement {

	private final SiteRepository sites;

	private final NewMediaAccountRepository accounts;

	private final SiteQueries queries;

	private final SiteRecords records;

	private final SiteWorklist worklist;

	private final Approvers approvers;

	private final SiteSettings settings;

	private final ApplicationEventPublisher events;

	private final DomainLedger ledger;

	private final Clock clock;

	SiteManagement(SiteRepository sites, NewMediaAccountRepository accounts, SiteQueries queries, SiteRecords records,
			SiteWorklist worklist, Approvers approvers, SiteSettings settings, ApplicationEventPublisher events,
			DomainLedger ledger, Clock clock) {
		this.sites = sites;
		this.accounts = accounts;
		this.queries = queries;
		this.records = records;
		this.worklist = worklist;
		this.approvers = approvers;
		this.settings = settings;
		this.events = events;
		this.ledger = ledger;
		this.clock = clock;
	}

	// --- reading -------------------------------------------------------------------------------

	/**
	 * Every site, portals first: the directory open to all staff. A site's own records are read
	 * through the methods below, by its staff and the administrators only ({@code SiteReaders}).
	 */
	@PreAuthorize("hasAuthority('STAFF')")
	@Transactional(readOnly = true)
	public List<SiteSummary> sites() {
		return queries.all();
	}

	@PreAuthorize("@siteReaders.mayRead(#siteId)")
	@Transactional(readOnly = true)
	public SiteView site(long siteId) {
		Site site = load(siteId);
		String parentName = site.parentId() == null ? null
				: queries.find(site.parentId()).map(SiteSummary::name).orElse(null);
		return site.view(settings, parentName);
	}

	@PreAuthorize("@siteReaders.mayRead(#siteId)")
	@Transactional(readOnly = true)
	public List<HistoryEntry> history(long siteId) {
		return load(siteId).history();
	}

	@PreAuthorize("@siteReaders.mayRead(#siteId)")
	@Transactional(readOnly = true)
	public List<NoticeView> notices(long siteId) {
		load(siteId);
		return records.notices(siteId);
	}

	@PreAuthorize("@siteReaders.mayRead(#siteId)")
	@Transactional(readOnly = true)
	public List<ChangeRecordView> changeRecords(long siteId) {
		load(siteId);
		return records.changeRecords(siteId);
	}

	@PreAuthorize("@siteReaders.mayRead(#siteId)")
	@Transactional(readOnly = true)
	public List<ReportingTaskView> reportingTasks(long siteId) {
		load(siteId);
		return records.tasks(siteId);
	}

	@PreAuthorize("@siteReaders.mayRead(#siteId)")
	@Transactional(readOnly = true)
	public List<NewMediaAccountView> newMediaAccounts(long siteId) {
		load(siteId);
		return accounts.findBySiteIdOrderByNameAscIdAsc(siteId).stream().map(account -> account.view(settings)).toList();
	}

	@PreAuthorize("@siteReaders.mayRead(#siteId)")
	@Transactional(readOnly = true)
	public NewMediaAccountView newMediaAccount(long siteId, long accountId) {
		return loadAccount(siteId, accountId).view(settings);
	}

	@PreAuthorize("@siteReaders.mayRead(#siteId)")
	@Transactional(readOnly = true)
	public List<HistoryEntry> newMediaAccountHistory(long siteId, long accountId) {
		return loadAccount(siteId, accountId).history();
	}

	/** The lifecycle steps the signed-in user may take on the site now. */
	@PreAuthorize("@siteReaders.mayRead(#siteId)")
	@Transactional(readOnly = true)
	public List<LifecycleStep> allowedSteps(long siteId) {
		return approvers.allowedSteps(load(siteId), siteId);
	}

	@PreAuthorize("@siteReaders.mayRead(#siteId)")
	@Transactional(readOnly = true)
	public List<LifecycleStep> allowedNewMediaAccountSteps(long siteId, long accountId) {
		return approvers.allowedSteps(loadAccount(siteId, accountId), siteId);
	}

	/** What of the site group waits for the signed-in user, for the 工作台. */
	@PreAuthorize("hasAuthority('STAFF')")
	@Transactional(readOnly = true)
	public List<SiteWork> work() {
		return worklist.forCurrentUser();
	}

	// --- sites ---------------------------------------------------------------------------------

	/** Registers an application for a new site; it then waits for the approval levels. */
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public long apply(SiteRegistration registration, SiteProfile profile) {
		Site site = Site.apply(registration, profile, act());
		checkPlaceAndUniqueness(site);
		return sites.save(site).id();
	}

	/** Changes who runs the site; a change of sponsor, responsible person, contacts or address is recorded for reporting. */
	@PreAuthorize("@staffAccess.managesSite(#siteId)")
	public void updateProfile(long siteId, SiteProfile profile) {
		Site site = load(siteId);
		List<SiteChange> changes = site.updateProfile(profile);
		checkPlaceAndUniqueness(site);
		saveChanges(site, changes);
	}

	/** Changes the 标识码, domains, filings, 等保 record or place in the group; a domain change is recorded for reporting. */
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public void updateRegistration(long siteId, SiteRegistration registration) {
		Site site = load(siteId);
		List<SiteChange> changes = site.register(registration);
		checkPlaceAndUniqueness(site);
		saveChanges(site, changes);
	}

	/**
	 * Takes a lifecycle step. Approving and refusing an application need the role of an approval
	 * level; every other step is the system administrator's.
	 *
	 * @throws LifecycleRefused when the rules do not allow the step now
	 * @throws GoLiveRefused when going online while the go-live gate misses something
	 */
	@PreAuthorize("hasAuthority('STAFF')")
	public void perform(long siteId, LifecycleStep step, StepInput input) {
		Site site = load(siteId);
		approvers.requireMayTake(step, siteId);
		Act act = act();
		MigrationTarget target = switch (step) {
			case START_CLOSING -> migrationTarget(input.targetSiteId());
			case APPROVE_REQUEST -> migrationTarget(site.migrationTargetId());
			default -> null;
		};
		AuditContext.detail(step.path());
		boolean opening = take(site, siteId, step, input, target, act);
		describeForAudit(step, site);
		sites.save(site);
		Long targetId = site.migrationTargetId();
		Subject targetSubject = targetId == null ? null : subject(load(targetId));
		records.afterStep(subject(site), site, opening, targetSubject, act);
		ledger.afterStep(siteId, site.history().getLast().step());
		publish(site, site.history().getLast().step(), opening);
	}

	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public void markChangeReported(long siteId, long recordId) {
		records.markReported(siteId, recordId, act());
	}

	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public void completeReportingTask(long siteId, long taskId) {
		records.completeTask(siteId, taskId, act());
	}

	// --- 政务新媒体 accounts ---------------------------------------------------------------------

	/** Registers an application for an account under the site; it follows the sites' lifecycle. */
	@PreAuthorize("@staffAccess.managesSite(#siteId)")
	public long registerNewMediaAccount(long siteId, NewMediaAccountData data) {
		load(siteId);
		NewMediaAccount account = NewMediaAccount.apply(siteId, data, act());
		checkAccountUnique(account, null);
		return accounts.save(account).id();
	}

	@PreAuthorize("@staffAccess.managesSite(#siteId)")
	public void updateNewMediaAccount(long siteId, long accountId, NewMediaAccountData data) {
		NewMediaAccount account = loadAccount(siteId, accountId);
		List<SiteChange> changes = account.update(data);
		checkAccountUnique(account, accountId);
		accounts.save(account);
		records.recordChanges(subject(account), changes, act());
	}

	/** Takes a lifecycle step for an account, with the same rules and rights as for a site. */
	@PreAuthorize("hasAuthority('STAFF')")
	public void performOnNewMediaAccount(long siteId, long accountId, LifecycleStep step, StepInput input) {
		NewMediaAccount account = loadAccount(siteId, accountId);
		approvers.requireMayTake(step, siteId);
		Act act = act();
		AuditContext.detail(step.path());
		boolean opening = take(account, siteId, step, input, null, act);
		describeForAudit(step, account);
		accounts.save(account);
		records.afterStep(subject(account), account, opening, null, act);
	}

	// --- the steps, shared by sites and accounts -------------------------------------------------

	private boolean take(Supervised subject, long siteId, LifecycleStep step, StepInput input,
			@Nullable MigrationTarget target, Act act) {
		subject.require(step);
		if (step == LifecycleStep.APPROVE) {
			subject.approve(settings.approvalLevels(), approvers.levelToApprove(subject, siteId), input.reason(), act);
			return false;
		}
		if (step == LifecycleStep.REJECT) {
			subject.reject(approvers.levelToReject(siteId), input.reason(), act);
			return false;
		}
		approvers.requireSystemAdmin();
		switch (step) {
			case GO_ONLINE -> {
				return subject.goOnline(act);
			}
			case REQUEST_OFFLINE -> subject.requestOffline(settings, input.reason(), input.plannedDays(), act);
			case EMERGENCY_SHUTDOWN -> subject.shutDown(input.reason(), act);
			case START_CLOSING -> subject.requestClosing(target, input.reason(), act);
			case COMPLETE_CLOSING -> subject.completeClosing(settings, act);
			case REQUEST_LEAVE_SUPERVISION -> subject.requestLeaveSupervision(input.documentNumber(),
					input.documentTitle(), input.reason(), act);
			case APPROVE_REQUEST -> subject.approveRequest(input.reason(), target, act);
			case REJECT_REQUEST -> subject.rejectRequest(input.reason(), act);
			default -> throw new LifecycleRefused("site.lifecycle.unknownStep", step.path());
		}
		return false;
	}

	/** Names the step in the audit record, and what it led to where that differs (approve-request → take-offline). */
	private static void describeForAudit(LifecycleStep step, Supervised subject) {
		LifecycleStep recorded = subject.history().getLast().step();
		AuditContext.detail(recorded == step ? step.path() : step.path() + " → " + recorded.path());
	}

	private void publish(Site site, LifecycleStep recorded, boolean opening) {
		switch (recorded) {
			case GO_ONLINE -> events.publishEvent(new SiteOnline(site.id(), String.valueOf(site.englishDomain()), opening));
			case TAKE_OFFLINE -> events.publishEvent(new SiteTakenOffline(site.id(), false, site.offlinePlannedEnd()));
			case EMERGENCY_SHUTDOWN -> events.publishEvent(new SiteTakenOffline(site.id(), true, null));
			case COMPLETE_CLOSING -> events.publishEvent(new SiteClosed(site.id(), site.migrationTargetId(), false));
			case LEAVE_SUPERVISION -> events.publishEvent(new SiteClosed(site.id(), null, true));
			default -> {
				// no other module needs to know
			}
		}
	}

	// --- helpers -------------------------------------------------------------------------------

	private void saveChanges(Site site, List<SiteChange> changes) {
		sites.save(site);
		records.recordChanges(subject(site), changes, act());
		changes.stream().filter(change -> change.subject() == ChangeSubject.DOMAIN)
			.forEach(change -> ledger.domainsChanged(site.id(), change.before(), change.after()));
		if (!changes.isEmpty()) {
			Set<ChangeSubject> changed = EnumSet.noneOf(ChangeSubject.class);
			changes.forEach(change -> changed.add(change.subject()));
			events.publishEvent(new SiteChanged(site.id(), changed));
		}
	}

	/** The rules that need the rest of the group: a portal as parent, and unique 标识码, domains and sponsor. */
	private void checkPlaceAndUniqueness(Site site) {
		Long id = site.hasId() ? site.id() : null;
		if (site.parentId() != null) {
			SiteSummary parent = queries.find(site.parentId())
				.orElseThrow(() -> new SiteDataRejected("parentId", "site.parent.notPortal"));
			if (parent.kind() != SiteKind.PORTAL) {
				throw new SiteDataRejected("parentId", "site.parent.notPortal");
			}
		}
		if (id != null && site.kind() == SiteKind.DEPARTMENT && queries.hasDepartments(id)) {
			throw new SiteDataRejected("kind", "site.kind.hasDepartments");
		}
		SiteRegistration registration = site.registration();
		if (registration.siteCode() != null && queries.siteCodeTaken(registration.siteCode(), id)) {
			throw new SiteDataRejected("siteCode", "site.siteCode.taken", registration.siteCode());
		}
		if (registration.englishDomain() != null && queries.englishDomainTaken(registration.englishDomain(), id)) {
			throw new SiteDataRejected("englishDomain", "site.domain.taken", registration.englishDomain());
		}
		if (registration.chineseDomain() != null && queries.chineseDomainTaken(registration.chineseDomain(), id)) {
			throw new SiteDataRejected("chineseDomain", "site.domain.taken", registration.chineseDomain());
		}
		if (queries.sponsorTaken(site.profile().sponsor(), id)) {
			throw new SiteDataRejected("sponsor", "site.sponsor.taken", site.profile().sponsor());
		}
	}

	private void checkAccountUnique(NewMediaAccount account, @Nullable Long accountId) {
		NewMediaAccountData data = account.data();
		if (queries.accountTaken(data.ownerUnit(), data.platform(), accountId)) {
			throw new SiteDataRejected("ownerUnit", "site.account.taken", data.ownerUnit());
		}
	}

	private @Nullable MigrationTarget migrationTarget(@Nullable Long targetSiteId) {
		if (targetSiteId == null) {
			return null;
		}
		Site target = load(targetSiteId);
		return new MigrationTarget(target.id(), target.name(), target.state());
	}

	private Site load(long siteId) {
		return sites.findById(siteId).orElseThrow(() -> new NotFound("site", siteId));
	}

	private NewMediaAccount loadAccount(long siteId, long accountId) {
		return accounts.findById(accountId)
			.filter(account -> account.siteId() == siteId)
			.orElseThrow(() -> new NotFound("newMediaAccount", accountId));
	}

	private Subject subject(Site site) {
		return new Subject(site.id(), null, site.name(), site.englishDomain(), site.portalId(), site.hasBeenOnline());
	}

	private Subject subject(NewMediaAccount account) {
		return new Subject(account.siteId(), account.id(), account.name(), account.data().url(), account.siteId(),
				account.hasBeenOnline());
	}

	private Act act() {
		return new Act(approvers.currentUser(), clock.instant(), clock.getZone());
	}
}
