package org.govsite.site.web;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.govsite.site.SiteDataRejected;

import org.springframework.validation.BindingResult;

/**
 * The POST half of the site forms: the change runs only when the form is valid, and a value the
 * domain refuses (a malformed 标识码, a taken domain ...) is shown beside its field like any other
 * error, so that nothing typed is lost.
 */
final class FormSubmission {

	private FormSubmission() {
	}

	/**
	 * @param fieldPath where a field the domain names sits in the form
	 * @return the change's result, or empty when the form is to be shown again with its errors
	 */
	static <T> Optional<T> submit(BindingResult result, UnaryOperator<String> fieldPath, Supplier<T> change) {
		if (result.hasErrors()) {
			return Optional.empty();
		}
		try {
			return Optional.of(change.get());
		}
		catch (SiteDataRejected rejected) {
			result.rejectValue(fieldPath.apply(rejected.field()), rejected.code(), rejected.arguments(), null);
			return Optional.empty();
		}
	}
}
