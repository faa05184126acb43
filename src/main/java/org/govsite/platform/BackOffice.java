package org.govsite.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Marks a bean that belongs to the back office (console, API, jobs): it does not exist in a
 * process started with {@code govsite.role=public}. Every controller under {@code /admin} or
 * {@code /api/v1} carries it.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(BackOfficeCondition.class)
public @interface BackOffice {
}
