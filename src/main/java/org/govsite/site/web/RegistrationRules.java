package org.govsite.site.web;

import java.util.function.Function;

import org.govsite.site.Domain;
import org.govsite.site.SecurityAssessment;
import org.govsite.site.SiteCode;
import org.govsite.site.SiteDataRejected;
import org.govsite.site.SiteKind;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Checks the registration's values with the domain's own value objects (标识码, domains, 等保
 * record) while the form is validated, so that every refused value shows at once beside its field
 * rather than one after the other. Rules that need the rest of the group (a 标识码 already taken)
 * are the service's.
 */
class RegistrationRules implements Validator {

	/** The site pages' forms; the profile has nothing for it to check. */
	@Override
	public boolean supports(Class<?> type) {
		return RegistrationForm.class.isAssignableFrom(type) || NewSiteForm.class.isAssignableFrom(type)
				|| ProfileForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		if (target instanceof NewSiteForm form) {
			errors.pushNestedPath("registration");
			check(form.getRegistration(), errors);
			errors.popNestedPath();
		}
		else if (target instanceof RegistrationForm form) {
			check(form, errors);
		}
	}

	private static void check(RegistrationForm form, Errors errors) {
		if (form.getKind() == SiteKind.DEPARTMENT && form.getParentId() == null) {
			reject(errors, new SiteDataRejected("parentId", "site.parent.required"));
		}
		attempt(errors, form.getSiteCode(), SiteCode::of);
		attempt(errors, form.getEnglishDomain(), Domain::english);
		attempt(errors, form.getChineseDomain(), Domain::chinese);
		try {
			SecurityAssessment.of(form.getSecurityLevel(), form.getSecurityFilingNumber(), form.getSecurityAssessedOn(),
					form.isSecurityPassed());
		}
		catch (SiteDataRejected rejected) {
			reject(errors, rejected);
		}
	}

	private static void attempt(Errors errors, @Nullable String value, Function<String, ?> check) {
		if (value == null || value.isBlank()) {
			return;
		}
		try {
			check.apply(value);
		}
		catch (SiteDataRejected rejected) {
			reject(errors, rejected);
		}
	}

	private static void reject(Errors errors, SiteDataRejected rejected) {
		if (!errors.hasFieldErrors(rejected.field())) {
			errors.rejectValue(rejected.field(), rejected.code(), rejected.arguments(), null);
		}
	}
}
