package org.govsite.notification;

/**
 * A kind of message a module sends, e.g. {@code content.REVIEW_WAITING}. Modules declare theirs as
 * beans (or through {@link NotificationKinds}) so that each user can choose, kind by kind, whether it
 * also comes by email.
 *
 * @param code unique over the platform, {@code <module>.<NAME>}
 * @param labelKey message-bundle key of the kind's name on the preferences page
 * @param emailByDefault whether it is emailed to a user who has not chosen
 * @param onWorkbench whether an unread message of this kind is listed on the 工作台 (not when the
 *        module lists the work itself there, as content does the documents waiting for review)
 */
public record NotificationKind(String code, String labelKey, boolean emailByDefault, boolean onWorkbench) {

	/** A kind that is emailed by default and listed on the 工作台 while unread. */
	public NotificationKind(String code, String labelKey) {
		this(code, labelKey, true, true);
	}

	public NotificationKind {
		if (!code.matches("[a-z]+\\.[A-Za-z_]+")) {
			throw new IllegalArgumentException("A notification kind is <module>.<NAME>: " + code);
		}
	}
}
