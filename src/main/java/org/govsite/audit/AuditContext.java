package org.govsite.audit;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Lets a handler tell the audit record what it cannot know beforehand, such as the id of an
 * object it just created.
 */
public final class AuditContext {

	/** Request attribute holding the changed object's id. */
	public static final String OBJECT_ID = AuditContext.class.getName() + ".objectId";

	/** Request attribute holding a short description of the change. */
	public static final String DETAIL = AuditContext.class.getName() + ".detail";

	private AuditContext() {
	}

	/** The id of the object the current request changed. */
	public static void objectId(Object id) {
		set(OBJECT_ID, String.valueOf(id));
	}

	/** A short description of the change (no secrets, no personal data beyond names). */
	public static void detail(String detail) {
		set(DETAIL, detail);
	}

	private static void set(String name, String value) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(name, value, RequestAttributes.SCOPE_REQUEST);
		}
	}
}
