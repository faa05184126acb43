package org.govsite.site.internal;

import java.util.List;

import org.govsite.identity.StaffAccess;
import org.govsite.identity.StaffRole;
import org.govsite.site.ApprovalLevel;
import org.govsite.site.LifecycleStep;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may act at which approval level: a level names a role, held platform-wide (the system
 * administrator) or over the site concerned (its site manager).
 */
@Component
public class Approvers {

	private final StaffAccess access;

	private final SiteSettings settings;

	Approvers(StaffAccess access, SiteSettings settings) {
		this.access = access;
		this.settings = settings;
	}

	public boolean holds(StaffRole role, long siteId) {
		return switch (role) {
			case SYSTEM_ADMIN -> access.isSystemAdmin();
			case SECURITY_ADMIN -> access.isSecurityAdmin();
			case AUDIT_ADMIN -> access.isAuditAdmin();
			default -> access.hasSiteRole(siteId, role);
		};
	}

	/**
	 * The level the signed-in user approves at: the first not yet passed whose role they hold. A
	 * later level than the one awaited is returned as is, for the aggregate to refuse as out of order.
	 */
	public int levelToApprove(Supervised subject, long siteId) {
		List<ApprovalLevel> levels = settings.approvalLevels();
		for (int level = subject.approvalsGiven(); level < levels.size(); level++) {
			if (holds(levels.get(level).role(), siteId)) {
				return level;
			}
		}
		throw new AccessDeniedException("holds no approval level of site " + siteId);
	}

	/** The name of the level at which the signed-in user refuses: any level whose role they hold. */
	public String levelToReject(long siteId) {
		return settings.approvalLevels()
			.stream()
			.filter(level -> holds(level.role(), siteId))
			.findFirst()
			.orElseThrow(() -> new AccessDeniedException("holds no approval level of site " + siteId))
			.name();
	}

	/** The steps the current state allows that the signed-in user may take. */
	public List<LifecycleStep> allowedSteps(Supervised subject, long siteId) {
		List<ApprovalLevel> levels = settings.approvalLevels();
		return subject.availableSteps().stream().filter(step -> switch (step) {
			case APPROVE -> subject.approvalsGiven() < levels.size()
					&& holds(levels.get(subject.approvalsGiven()).role(), siteId)
					&& !subject.applicant().equals(currentUser());
			case REJECT -> levels.stream().anyMatch(level -> holds(level.role(), siteId));
			default -> access.isSystemAdmin();
		}).toList();
	}

	/**
	 * Refuses a user who could take the step on the site in no state of it: asked before the state
	 * is, so that a refusal tells another site's staff nothing of where the site stands.
	 */
	public void requireMayTake(LifecycleStep step, long siteId) {
		if (step != LifecycleStep.APPROVE && step != LifecycleStep.REJECT) {
			requireSystemAdmin();
		}
		else if (settings.approvalLevels().stream().noneMatch(level -> holds(level.role(), siteId))) {
			throw new AccessDeniedException("holds no approval level of site " + siteId);
		}
	}

	/** Every step but approving and refusing an application is the system administrator's. */
	public void requireSystemAdmin() {
		if (!access.isSystemAdmin()) {
			throw new AccessDeniedException("lifecycle steps are the system administrator's");
		}
	}

	/** The signed-in user's name, or {@code system} for work the platform does itself. */
	public String currentUser() {
		String name = access.currentUsername();
		return name == null ? "system" : name;
	}
}
