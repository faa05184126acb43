package org.govsite.site.internal;

import static org.govsite.site.SiteState.APPLIED;
import static org.govsite.site.SiteState.APPROVED;
import static org.govsite.site.SiteState.CLOSED;
import static org.govsite.site.SiteState.CLOSING;
import static org.govsite.site.SiteState.EMERGENCY_SHUTDOWN;
import static org.govsite.site.SiteState.LEFT_SUPERVISION;
import static org.govsite.site.SiteState.ONLINE;
import static org.govsite.site.SiteState.TEMPORARILY_OFFLINE;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.govsite.site.ApprovalLevel;
import org.govsite.site.GoLiveItem;
import org.govsite.site.GoLiveRefused;
import org.govsite.site.HistoryEntry;
import org.govsite.site.LifecycleRefused;
import org.govsite.site.LifecycleStep;
import org.govsite.site.LifecycleView;
import org.govsite.site.PendingRequest;
import org.govsite.site.SiteState;
import org.jspecify.annotations.Nullable;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;

/**
 * The lifecycle sites and 政务新媒体 accounts share (SPEC.md §1): application and approval level by
 * level, the go-live gate, temporary offline (once a calendar year, for a limited number of days,
 * on request and approval), emergency shutdown (not counted), closing with a migration notice, and
 * leaving supervision. The state changes only through these methods; each checks the state
 * against {@link SiteState}'s table, applies its own rules, and appends a history entry.
 */
public abstract class Supervised {

	@Id
	@Nullable Long id;

	@Version
	int version;

	SiteState state = APPLIED;

	int approvalsGiven;

	@Nullable LocalDate approvedOn;

	@Nullable LocalDate firstOnlineOn;

	@Nullable LocalDate offlineSince;

	@Nullable LocalDate offlinePlannedEnd;

	@Nullable LocalDate closingNoticeFrom;

	@Nullable Long migrationTargetId;

	@Embedded.Nullable(prefix = "request_")
	@Nullable PendingRequest request;

	@Nullable String supervisionDocument;

	boolean errorReportEnabled = true;

	boolean registrationsToCancel;

	/** The history, oldest first; the subclass maps it to its table. */
	abstract List<LifecycleEntry> entries();

	/** What the go-live gate still misses; empty when it may go online. */
	public abstract List<GoLiveItem> missingForGoLive();

	/** Whether closing needs a site to migrate the content to. */
	abstract boolean closingNeedsTarget();

	/** Whether it may be closed at all: a government's portal never is (SPEC.md §1). */
	boolean closable() {
		return true;
	}

	// --- opening -------------------------------------------------------------------------------

	/** Records the application; called once, by the subclass's factory. */
	final void applied(Act act) {
		entries().add(new LifecycleEntry(LifecycleStep.APPLY, null, APPLIED, act.by(), null, act.at(), null, null, null));
	}

	/**
	 * An approval at the given level (an index into the levels). Levels approve in order; the last
	 * one makes the application approved. The applicant never approves their own application, at
	 * any level (separation, as for documents). The note the approver gives is kept in the history.
	 */
	public void approve(List<ApprovalLevel> levels, int level, @Nullable String note, Act act) {
		require(LifecycleStep.APPROVE);
		if (level != approvalsGiven) {
			throw new LifecycleRefused("site.approval.outOfOrder", levels.get(approvalsGiven).name());
		}
		if (applicant().equals(act.by())) {
			throw new LifecycleRefused("site.approval.selfApproval");
		}
		approvalsGiven++;
		SiteState to = approvalsGiven >= levels.size() ? APPROVED : APPLIED;
		if (to == APPROVED) {
			approvedOn = act.day();
		}
		step(LifecycleStep.APPROVE, to, applicant(), act.by(), act, null, levels.get(level).name(), blankToNull(note));
	}

	/** Any approval level may refuse, with a reason: the application starts again from the first level. */
	public void reject(String levelName, @Nullable String reason, Act act) {
		require(LifecycleStep.REJECT);
		String why = required(reason);
		approvalsGiven = 0;
		step(LifecycleStep.REJECT, APPLIED, applicant(), act.by(), act, why, levelName, null);
	}

	/**
	 * Goes online: the first opening once approved, or back after an offline period or a shutdown.
	 * Refused, naming what is missing, until the go-live gate is passed.
	 *
	 * @return whether this is the first opening
	 */
	public boolean goOnline(Act act) {
		require(LifecycleStep.GO_ONLINE);
		List<GoLiveItem> missing = missingForGoLive();
		if (!missing.isEmpty()) {
			throw new GoLiveRefused(missing);
		}
		boolean opening = firstOnlineOn == null;
		if (opening) {
			firstOnlineOn = act.day();
		}
		offlineSince = null;
		offlinePlannedEnd = null;
		step(LifecycleStep.GO_ONLINE, ONLINE, act.by(), null, act, null, null, null);
		return opening;
	}

	/** The last day to go online after approval; while approved. */
	public @Nullable LocalDate goLiveDeadline(SiteSettings settings) {
		return state == APPROVED && approvedOn != null ? approvedOn.plusMonths(settings.goLiveMonths()) : null;
	}

	// --- offline -------------------------------------------------------------------------------

	/**
	 * Asks to go offline for a number of days (整改, upgrade). At most one approved offline a calendar
	 * year, at most {@link SiteSettings#maxOfflineDays()} days.
	 */
	public void requestOffline(SiteSettings settings, @Nullable String reason, @Nullable Integer plannedDays, Act act) {
		require(LifecycleStep.REQUEST_OFFLINE);
		requireNoRequest();
		String why = required(reason);
		if (plannedDays == null || plannedDays < 1 || plannedDays > settings.maxOfflineDays()) {
			throw new LifecycleRefused("site.offline.days", settings.maxOfflineDays());
		}
		requireNoOfflineIn(act);
		request = new PendingRequest(LifecycleStep.REQUEST_OFFLINE, act.by(), act.at(), why, plannedDays, null, null);
		step(LifecycleStep.REQUEST_OFFLINE, state, act.by(), null, act, why, String.valueOf(plannedDays), null);
	}

	/** Whether an approved temporary offline began in that calendar year; emergency shutdowns do not count. */
	public boolean offlineTakenIn(int year, ZoneId zone) {
		return entries().stream()
			.anyMatch(entry -> entry.step() == LifecycleStep.TAKE_OFFLINE
					&& entry.occurredAt().atZone(zone).getYear() == year);
	}

	/** An emergency shutdown (power or network loss, security order), with its written report. */
	public void shutDown(@Nullable String report, Act act) {
		require(LifecycleStep.EMERGENCY_SHUTDOWN);
		String why = required(report);
		offlineSince = act.day();
		offlinePlannedEnd = null;
		step(LifecycleStep.EMERGENCY_SHUTDOWN, EMERGENCY_SHUTDOWN, act.by(), null, act, why, null, null);
	}

	/** Whether a temporary offline period has run past its planned end. */
	public boolean offlineOverdueOn(LocalDate today) {
		return state == TEMPORARILY_OFFLINE && offlinePlannedEnd != null && today.isAfter(offlinePlannedEnd);
	}

	// --- closing and leaving -------------------------------------------------------------------

	/**
	 * Asks to close: the content is to move to an online site of the group (not this one). Like
	 * every lifecycle request, it takes effect only when someone else approves it
	 * ({@link #approveRequest}); until then it can be refused and the site stays as it is.
	 */
	public void requestClosing(@Nullable MigrationTarget target, @Nullable String reason, Act act) {
		require(LifecycleStep.START_CLOSING);
		requireNoRequest();
		if (!closable()) {
			throw new LifecycleRefused("site.closing.portal");
		}
		String why = required(reason);
		checkMigrationTarget(target);
		migrationTargetId = target == null ? null : target.id();
		request = new PendingRequest(LifecycleStep.START_CLOSING, act.by(), act.at(), why, null, null, null);
		step(LifecycleStep.START_CLOSING, state, act.by(), null, act, why, target == null ? null : target.name(), null);
	}

	private void checkMigrationTarget(@Nullable MigrationTarget target) {
		if (target == null && closingNeedsTarget()) {
			throw new LifecycleRefused("site.closing.targetRequired");
		}
		if (target != null) {
			if (id != null && target.id() == id) {
				throw new LifecycleRefused("site.closing.targetSelf");
			}
			if (target.state() != ONLINE) {
				throw new LifecycleRefused("site.closing.targetNotOnline", target.name());
			}
		}
	}

	/** The approved closing begins: the migration notice goes up today. */
	private void beginClosing(PendingRequest pending, @Nullable MigrationTarget target, @Nullable String note, Act act) {
		checkMigrationTarget(target);
		closingNoticeFrom = act.day();
		step(LifecycleStep.BEGIN_CLOSING, CLOSING, pending.requestedBy(), act.by(), act, pending.reason(),
				target == null ? null : target.name(), note);
	}

	/** The first day the close may complete: once the migration notice has stood long enough. */
	public @Nullable LocalDate closingCompletableOn(SiteSettings settings) {
		return state == CLOSING && closingNoticeFrom != null ? closingNoticeFrom.plusDays(settings.closingNoticeDays()) : null;
	}

	/** Completes the close; the registrations (domain, ICP, badge, 标识码) are then to be cancelled. */
	public void completeClosing(SiteSettings settings, Act act) {
		require(LifecycleStep.COMPLETE_CLOSING);
		LocalDate earliest = closingCompletableOn(settings);
		if (earliest != null && act.day().isBefore(earliest)) {
			throw new LifecycleRefused("site.closing.noticeTooShort", settings.closingNoticeDays(), earliest.toString());
		}
		registrationsToCancel = true;
		errorReportEnabled = false;
		step(LifecycleStep.COMPLETE_CLOSING, CLOSED, act.by(), null, act, null, null, null);
	}

	/** Asks to leave supervision (the unit lost its administrative functions), citing the approving document. */
	public void requestLeaveSupervision(@Nullable String documentNumber, @Nullable String documentTitle,
			@Nullable String reason, Act act) {
		require(LifecycleStep.REQUEST_LEAVE_SUPERVISION);
		requireNoRequest();
		String why = required(reason);
		if (documentNumber == null || documentNumber.isBlank() || documentTitle == null || documentTitle.isBlank()) {
			throw new LifecycleRefused("site.leave.documentRequired");
		}
		request = new PendingRequest(LifecycleStep.REQUEST_LEAVE_SUPERVISION, act.by(), act.at(), why,
				null, documentNumber.strip(), documentTitle.strip());
		step(LifecycleStep.REQUEST_LEAVE_SUPERVISION, state, act.by(), null, act, why, document(request), null);
	}

	// --- requests ------------------------------------------------------------------------------

	/**
	 * Approves the pending request: the offline period begins, the closing begins, or the site
	 * leaves supervision. Whoever asked may not approve their own request; the approver's note is
	 * kept in the history.
	 *
	 * @param target for a closing request, the migration target as it is now (it must still be online)
	 */
	public PendingRequest approveRequest(@Nullable String note, @Nullable MigrationTarget target, Act act) {
		require(LifecycleStep.APPROVE_REQUEST);
		PendingRequest pending = pendingRequest();
		if (pending.requestedBy().equals(act.by())) {
			throw new LifecycleRefused("site.request.selfApproval");
		}
		String kept = blankToNull(note);
		switch (pending.kind()) {
			case REQUEST_OFFLINE -> takeOffline(pending, kept, act);
			case START_CLOSING -> beginClosing(pending, target, kept, act);
			default -> leaveSupervision(pending, kept, act);
		}
		request = null;
		return pending;
	}

	/** Refuses the pending request, with a reason; nothing else changes. */
	public PendingRequest rejectRequest(@Nullable String reason, Act act) {
		require(LifecycleStep.REJECT_REQUEST);
		PendingRequest pending = pendingRequest();
		String why = required(reason);
		request = null;
		if (pending.kind() == LifecycleStep.START_CLOSING) {
			migrationTargetId = null;
		}
		step(LifecycleStep.REJECT_REQUEST, state, pending.requestedBy(), act.by(), act, why, pending.reason(), null);
		return pending;
	}

	private void takeOffline(PendingRequest pending, @Nullable String note, Act act) {
		if (state != ONLINE) {
			throw new LifecycleRefused("site.offline.notOnline");
		}
		requireNoOfflineIn(act);
		int days = pending.plannedDays() == null ? 0 : pending.plannedDays();
		offlineSince = act.day();
		offlinePlannedEnd = offlineSince.plusDays(days);
		step(LifecycleStep.TAKE_OFFLINE, TEMPORARILY_OFFLINE, pending.requestedBy(), act.by(), act, pending.reason(),
				String.valueOf(days), note);
	}

	private void leaveSupervision(PendingRequest pending, @Nullable String note, Act act) {
		supervisionDocument = document(pending);
		errorReportEnabled = false;
		step(LifecycleStep.LEAVE_SUPERVISION, LEFT_SUPERVISION, pending.requestedBy(), act.by(), act, pending.reason(),
				supervisionDocument, note);
	}

	// --- reading -------------------------------------------------------------------------------

	public long id() {
		return Objects.requireNonNull(id, "not saved yet");
	}

	public boolean hasId() {
		return id != null;
	}

	public SiteState state() {
		return state;
	}

	public @Nullable PendingRequest request() {
		return request;
	}

	public @Nullable LocalDate offlinePlannedEnd() {
		return offlinePlannedEnd;
	}

	public @Nullable Long migrationTargetId() {
		return migrationTargetId;
	}

	public boolean errorReportEnabled() {
		return errorReportEnabled;
	}

	/** Whether it has ever gone online: from then on its address is known to the public. */
	public boolean hasBeenOnline() {
		return firstOnlineOn != null;
	}

	public int approvalsGiven() {
		return approvalsGiven;
	}

	/** The steps the current state allows, given whether a request is pending. */
	public List<LifecycleStep> availableSteps() {
		Set<LifecycleStep> steps = state.steps();
		if (request == null) {
			steps.remove(LifecycleStep.APPROVE_REQUEST);
			steps.remove(LifecycleStep.REJECT_REQUEST);
		}
		else {
			steps.remove(LifecycleStep.REQUEST_OFFLINE);
			steps.remove(LifecycleStep.REQUEST_LEAVE_SUPERVISION);
			steps.remove(LifecycleStep.START_CLOSING);
		}
		if (!closable()) {
			steps.remove(LifecycleStep.START_CLOSING);
		}
		return List.copyOf(steps);
	}

	public List<HistoryEntry> history() {
		return entries().stream().map(LifecycleEntry::view).toList();
	}

	public LifecycleView lifecycleView(SiteSettings settings) {
		List<ApprovalLevel> levels = settings.approvalLevels();
		String nextLevel = state == APPLIED && approvalsGiven < levels.size() ? levels.get(approvalsGiven).name() : null;
		return new LifecycleView(state, applicant(), approvalsGiven, nextLevel, approvedOn, goLiveDeadline(settings), firstOnlineOn,
				offlineSince, offlinePlannedEnd, closingNoticeFrom, closingCompletableOn(settings), migrationTargetId,
				request, supervisionDocument, errorReportEnabled, registrationsToCancel, missingForGoLive(),
				availableSteps());
	}

	// --- rules shared by the steps ---------------------------------------------------------------

	/** Refuses a step the current state does not allow (or a request step with no request pending). */
	public void require(LifecycleStep step) {
		if (!state.allows(step)) {
			throw new LifecycleRefused("site.lifecycle.notAllowed", label("site.step." + step.name()),
					label("site.state." + state.name()));
		}
		if ((step == LifecycleStep.APPROVE_REQUEST || step == LifecycleStep.REJECT_REQUEST) && request == null) {
			throw new LifecycleRefused("site.request.none");
		}
	}

	private void requireNoRequest() {
		if (request != null) {
			throw new LifecycleRefused("site.request.pending");
		}
	}

	private void requireNoOfflineIn(Act act) {
		int year = act.day().getYear();
		if (offlineTakenIn(year, act.zone())) {
			throw new LifecycleRefused("site.offline.oncePerYear", String.valueOf(year));
		}
	}

	private PendingRequest pendingRequest() {
		PendingRequest pending = request;
		if (pending == null) {
			throw new LifecycleRefused("site.request.none");
		}
		return pending;
	}

	/** Who applied for it: the first entry of the history. */
	public String applicant() {
		return entries().isEmpty() ? "" : entries().get(0).requestedBy();
	}

	private void step(LifecycleStep step, SiteState to, String requestedBy, @Nullable String approvedBy, Act act,
			@Nullable String reason, @Nullable String detail, @Nullable String approvalNote) {
		entries().add(new LifecycleEntry(step, state, to, requestedBy, approvedBy, act.at(), reason, detail, approvalNote));
		state = to;
	}

	private static String required(@Nullable String reason) {
		if (reason == null || reason.isBlank()) {
			throw new LifecycleRefused("site.lifecycle.reasonRequired");
		}
		return reason.strip();
	}

	private static String document(PendingRequest request) {
		return request.documentNumber() + "《" + request.documentTitle() + "》";
	}

	private static DefaultMessageSourceResolvable label(String code) {
		return new DefaultMessageSourceResolvable(new String[] { code }, code);
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
