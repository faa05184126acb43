package org.govsite.channel.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.govsite.channel.UpdateRule;

/** The text form of an {@link UpdateRule} ({@code P14D}, {@code while-active} …); null is valid. */
@Documented
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = UpdateRuleText.Validator.class)
@interface UpdateRuleText {

	String message() default "{channel.updateRule.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<UpdateRuleText, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank()) {
				return true;
			}
			try {
				UpdateRule.valueOf(value);
				return true;
			}
			catch (IllegalArgumentException ex) {
				return false;
			}
		}
	}
}
