package org.govsite.site.internal;

import java.util.List;

import org.govsite.identity.StaffRole;
import org.govsite.site.ApprovalLevel;
import org.govsite.site.SiteGroupRules;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The site group's settings ({@code govsite.site.*}, documented in application.yaml). The figures
 * SPEC.md §1 gives are the defaults.
 *
 * @param approvalLevels the levels an application passes, in order
 * @param maxOfflineDays the longest a temporary offline may last
 * @param closingNoticeDays how long the migration notice stands before a close may complete
 * @param openingNoticeDays how long the opening notice stays on the portal
 * @param domainChangeNoticeDays how long a domain-change notice stays on the old site
 * @param goLiveMonths how long after approval a site has to go online
 * @param goLiveWarningDays how many days before that deadline the 工作台 warns
 * @param changeReportWorkingDays the working days within which a change is reported
 * @param leaveSupervisionMonths the months within which domain, badge and 标识码 are changed or removed
 * after leaving supervision
 */
@ConfigurationProperties("govsite.site")
public record SiteSettings(@Nullable List<ApprovalLevel> approvalLevels, @DefaultValue("30") int maxOfflineDays,
		@DefaultValue("30") int closingNoticeDays, @DefaultValue("30") int openingNoticeDays,
		@DefaultValue("30") int domainChangeNoticeDays, @DefaultValue("6") int goLiveMonths,
		@DefaultValue("30") int goLiveWarningDays, @DefaultValue("2") int changeReportWorkingDays,
		@DefaultValue("1") int leaveSupervisionMonths) implements SiteGroupRules {

	/** The default levels: the sponsor's head (the site's manager), then the supervisor (the platform). */
	public static final List<ApprovalLevel> DEFAULT_LEVELS = List.of(
			new ApprovalLevel("主办单位负责人审核", StaffRole.SITE_MANAGER),
			new ApprovalLevel("主管单位审批", StaffRole.SYSTEM_ADMIN));

	public SiteSettings {
		approvalLevels = approvalLevels == null || approvalLevels.isEmpty() ? DEFAULT_LEVELS : List.copyOf(approvalLevels);
	}

	/** The defaults of SPEC.md §1. */
	public static SiteSettings defaults() {
		return new SiteSettings(null, 30, 30, 30, 30, 6, 30, 2, 1);
	}

	@Override
	public List<ApprovalLevel> approvalLevels() {
		return approvalLevels == null ? DEFAULT_LEVELS : approvalLevels;
	}
}
