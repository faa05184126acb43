package org.govsite.site;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where a site or an account stands in its lifecycle, and what can be done next.
 *
 * @param state the current state
 * @param applicant who applied: they never approve the application themselves
 * @param approvalsGiven how many approval levels have agreed, in order
 * @param nextApprovalLevel the name of the level whose approval is awaited, while applied
 * @param approvedOn when the last level approved
 * @param goLiveDeadline the last day to go online after approval
 * @param firstOnlineOn when it first went online
 * @param offlineSince when the current offline period or shutdown began
 * @param offlinePlannedEnd the planned end of a temporary offline period
 * @param closingNoticeFrom since when the migration notice stands
 * @param closingCompletableOn the first day the close may complete
 * @param migrationTargetId the site the content moves to
 * @param pendingRequest a request waiting for approval
 * @param supervisionDocument the document that approved leaving supervision
 * @param errorReportEnabled whether the 我为政府网站找错 entry is shown
 * @param registrationsToCancel whether domain, ICP, badge and 标识码 are to be cancelled
 * @param missingForGoLive what the go-live gate still misses
 * @param availableSteps the steps the current state allows
 */
public record LifecycleView(SiteState state, String applicant, int approvalsGiven, @Nullable String nextApprovalLevel,
		@Nullable LocalDate approvedOn, @Nullable LocalDate goLiveDeadline, @Nullable LocalDate firstOnlineOn,
		@Nullable LocalDate offlineSince, @Nullable LocalDate offlinePlannedEnd, @Nullable LocalDate closingNoticeFrom,
		@Nullable LocalDate closingCompletableOn, @Nullable Long migrationTargetId,
		@Nullable PendingRequest pendingRequest, @Nullable String supervisionDocument, boolean errorReportEnabled,
		boolean registrationsToCancel, List<GoLiveItem> missingForGoLive, List<LifecycleStep> availableSteps) {

	public boolean allows(LifecycleStep step) {
		return availableSteps.contains(step);
	}
}
