package org.govsite.site;

import java.util.Locale;
import java.util.Optional;

/**
 * A step in the lifecycle that sites and 政务新媒体 accounts share (SPEC.md §1). Most are acts a user
 * performs; {@link #APPLY}, {@link #TAKE_OFFLINE}, {@link #BEGIN_CLOSING} and {@link #LEAVE_SUPERVISION} are recorded in the
 * history when an application is made or a request approved, and cannot be asked for directly.
 */
public enum LifecycleStep {

	/** 申请开设: recorded when a site or an account is registered. */
	APPLY(false),

	/** One approval level agrees; the last one makes the site approved. */
	APPROVE(true),

	/** An approval level refuses: the application goes back to the start. */
	REJECT(true),

	/** 上线: first opening, or back online after an offline period. */
	GO_ONLINE(true),

	/** 申请临时下线: needs an approval; at most one a calendar year. */
	REQUEST_OFFLINE(true),

	/** 紧急关停: reported in writing; not counted toward the yearly limit. */
	EMERGENCY_SHUTDOWN(true),

	/**
	 * 申请注销关停: asks to close, naming the site the content moves to; needs an approval by
	 * someone else ({@link #APPROVE_REQUEST}). A government's portal is never closed.
	 */
	START_CLOSING(true),

	/** 完成关停, once the migration notice has stood long enough. */
	COMPLETE_CLOSING(true),

	/** 申请退出监管, with the approving document. */
	REQUEST_LEAVE_SUPERVISION(true),

	/** Approves the pending request (offline or leaving supervision). */
	APPROVE_REQUEST(true),

	/** Refuses the pending request. */
	REJECT_REQUEST(true),

	/** 临时下线: recorded when an offline request is approved. */
	TAKE_OFFLINE(false),

	/** 退出监管: recorded when that request is approved. */
	LEAVE_SUPERVISION(false),

	/** 关停迁移开始: recorded when a closing request is approved; the migration notice goes up. */
	BEGIN_CLOSING(false);

	private final boolean performable;

	LifecycleStep(boolean performable) {
		this.performable = performable;
	}

	/** Whether a user can ask for this step (rather than it being recorded as a consequence). */
	public boolean performable() {
		return performable;
	}

	/** The step's name in URLs: {@code go-online}, {@code request-offline} ... */
	public String path() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The performable step a URL names, if any. */
	public static Optional<LifecycleStep> fromPath(String path) {
		for (LifecycleStep step : values()) {
			if (step.performable && step.path().equals(path)) {
				return Optional.of(step);
			}
		}
		return Optional.empty();
	}
}
