package org.govsite.disclosure.web;

import java.util.Locale;

import org.govsite.disclosure.Applicant;
import org.govsite.disclosure.ApplicantType;
import org.govsite.disclosure.ApplicationRejected;
import org.govsite.disclosure.Delivery;
import org.govsite.disclosure.LegalPersonKind;
import org.govsite.disclosure.NewApplication;
import org.jspecify.annotations.Nullable;

/**
 * The application form as the public and staff fill it in, every field as text, so that a wrong
 * choice is refused in Chinese naming its field rather than as an unreadable body.
 */
public record ApplicationForm(@Nullable String siteCode, @Nullable String applicantType, @Nullable String name,
		@Nullable String identityNumber, @Nullable String legalPersonKind, @Nullable String contactPerson,
		@Nullable String phone, @Nullable String email, @Nullable String address, @Nullable String description,
		@Nullable String purpose, @Nullable String delivery) {

	/** An empty form for a site. */
	public static ApplicationForm forSite(String siteCode) {
		return new ApplicationForm(siteCode, "NATURAL_PERSON", null, null, null, null, null, null, null, null, null, "ONLINE");
	}

	public NewApplication toApplication() {
		ApplicantType type = choice(ApplicantType.class, applicantType, "applicantType", "disclosure.apply.type");
		LegalPersonKind kind = type == ApplicantType.LEGAL_PERSON
				? choice(LegalPersonKind.class, legalPersonKind, "legalPersonKind", "disclosure.apply.kind") : null;
		Applicant applicant = new Applicant(type, text(name), text(identityNumber).toUpperCase(Locale.ROOT), kind,
				type == ApplicantType.LEGAL_PERSON ? optional(contactPerson) : null, text(phone), optional(email),
				optional(address));
		return new NewApplication(text(siteCode), applicant, text(description), optional(purpose),
				choice(Delivery.class, delivery, "delivery", "disclosure.apply.delivery"));
	}

	private static <E extends Enum<E>> E choice(Class<E> type, @Nullable String value, String field, String messageKey) {
		try {
			return Enum.valueOf(type, text(value));
		}
		catch (IllegalArgumentException e) {
			throw new ApplicationRejected(field, messageKey);
		}
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

	private static @Nullable String optional(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
