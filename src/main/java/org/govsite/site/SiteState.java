package org.govsite.site;

import static org.govsite.site.LifecycleStep.APPROVE;
import static org.govsite.site.LifecycleStep.APPROVE_REQUEST;
import static org.govsite.site.LifecycleStep.COMPLETE_CLOSING;
import static org.govsite.site.LifecycleStep.GO_ONLINE;
import static org.govsite.site.LifecycleStep.REJECT;
import static org.govsite.site.LifecycleStep.REJECT_REQUEST;
import static org.govsite.site.LifecycleStep.REQUEST_LEAVE_SUPERVISION;
import static org.govsite.site.LifecycleStep.REQUEST_OFFLINE;
import static org.govsite.site.LifecycleStep.START_CLOSING;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a site (or a 政务新媒体 account) is in its lifecycle, with the steps each state allows: the
 * one table of allowed transitions (SPEC.md §1).
 */
public enum SiteState {

	/** 已申请: waiting for the approval levels, in order. */
	APPLIED(APPROVE, REJECT),

	/** 已批准: may go online once the go-live gate is passed. */
	APPROVED(GO_ONLINE),

	/** 运行中. */
	ONLINE(REQUEST_OFFLINE, LifecycleStep.EMERGENCY_SHUTDOWN, START_CLOSING, REQUEST_LEAVE_SUPERVISION, APPROVE_REQUEST, REJECT_REQUEST),

	/** 临时下线: approved, for a planned number of days; ends by going back online. */
	TEMPORARILY_OFFLINE(GO_ONLINE, REQUEST_LEAVE_SUPERVISION, APPROVE_REQUEST, REJECT_REQUEST),

	/** 紧急关停: reported, not counted as a temporary offline. */
	EMERGENCY_SHUTDOWN(GO_ONLINE, REQUEST_LEAVE_SUPERVISION, APPROVE_REQUEST, REJECT_REQUEST),

	/** 关停迁移中: the migration notice stands; the close completes after it has stood long enough. */
	CLOSING(COMPLETE_CLOSING),

	/** 已关停: registrations to be cancelled. */
	CLOSED,

	/** 已退出监管. */
	LEFT_SUPERVISION;

	private final EnumSet<LifecycleStep> steps;

	SiteState(LifecycleStep... steps) {
		this.steps = steps.length == 0 ? EnumSet.noneOf(LifecycleStep.class) : EnumSet.of(steps[0], steps);
	}

	/** Whether the step may be asked for in this state (other conditions may still refuse it). */
	public boolean allows(LifecycleStep step) {
		return steps.contains(step);
	}

	/** The steps this state allows. */
	public Set<LifecycleStep> steps() {
		return EnumSet.copyOf(steps);
	}

	/** Whether the site's pages are published and reachable. */
	public boolean isServing() {
		return this == ONLINE || this == CLOSING;
	}

	/** Whether the site's life on the platform has ended. */
	public boolean isFinal() {
		return this == CLOSED || this == LEFT_SUPERVISION;
	}
}
