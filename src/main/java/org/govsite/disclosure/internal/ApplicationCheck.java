package org.govsite.disclosure.internal;

import java.util.regex.Pattern;

import org.govsite.disclosure.Applicant;
import org.govsite.disclosure.ApplicantType;
import org.govsite.disclosure.ApplicationRejected;
import org.govsite.disclosure.Delivery;
import org.govsite.disclosure.NewApplication;
import org.govsite.platform.CreditCode;
import org.govsite.platform.ResidentIdNumber;
import org.jspecify.annotations.Nullable;

/**
 * What an application must hold (条例 article 29): the applicant's name and identity number (by its
 * check character), a way to reach them, a description of the information, and what the chosen
 * delivery needs. The first field at fault is refused, and nothing is stored.
 */
public final class ApplicationCheck {

	private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

	private ApplicationCheck() {
	}

	public static void check(NewApplication application) {
		Applicant applicant = application.applicant();
		length("name", applicant.name(), 1, 100);
		if (applicant.type() == ApplicantType.NATURAL_PERSON) {
			require(ResidentIdNumber.isValid(applicant.identityNumber()), "identityNumber", "disclosure.apply.idNumber");
		}
		else {
			require(CreditCode.isValid(applicant.identityNumber()), "identityNumber", "disclosure.apply.creditCode");
			require(applicant.kind() != null, "kind", "disclosure.apply.kind");
			length("contactPerson", applicant.contactPerson(), 1, 50);
		}
		require(PHONE.matcher(applicant.phone().strip()).matches(), "phone", "disclosure.apply.phone");
		boolean email = application.delivery() == Delivery.EMAIL;
		if (email || !blank(applicant.email())) {
			require(!blank(applicant.email()) && applicant.email().strip().length() <= 200
					&& EMAIL.matcher(applicant.email().strip()).matches(), "email", "disclosure.apply.email");
		}
		if (application.delivery() == Delivery.POST || !blank(applicant.address())) {
			length("address", applicant.address(), 5, 200);
		}
		length("description", application.description(), 5, 2000);
		if (!blank(application.purpose())) {
			length("purpose", application.purpose(), 1, 500);
		}
	}

	private static void length(String field, @Nullable String text, int min, int max) {
		int length = text == null ? 0 : text.strip().length();
		if (length < min || length > max) {
			throw new ApplicationRejected(field, "disclosure.apply." + field);
		}
	}

	private static void require(boolean condition, String field, String messageKey) {
		if (!condition) {
			throw new ApplicationRejected(field, messageKey);
		}
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}
}
