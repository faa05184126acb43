package org.govsite.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the change a console or API handler makes, for its audit record. Every handler that
 * changes something carries it (a test checks); the record itself is written for every changing
 * request, with its outcome, whether the handler succeeds or fails. On a GET handler it asks for
 * the reading itself to be recorded (reading the audit trail is: {@code audit.read}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Audited {

	/** The event type, a stable code such as {@code site.create}; shown through {@code audit.action.<code>}. */
	String value();

	/** The kind of object changed, e.g. {@code site}. */
	String objectType() default "";

	/**
	 * The path variable or request parameter holding the changed object's id, when the handler
	 * does not set it through {@link AuditContext#objectId(Object)}.
	 */
	String objectIdParameter() default "id";
}
