package org.govsite.site.web;

import jakarta.validation.Valid;

import org.springframework.beans.BeanWrapperImpl;

/** The application for a new site: its registration and its profile, on one page. */
class NewSiteForm {

	@Valid
	private RegistrationForm registration = new RegistrationForm();

	@Valid
	private ProfileForm profile = new ProfileForm();

	/** Where a field the domain refused sits in this form: {@code profile.sponsor}, {@code registration.siteCode}. */
	static String pathOf(String field) {
		return new BeanWrapperImpl(ProfileForm.class).isWritableProperty(field) ? "profile." + field : "registration." + field;
	}

	public RegistrationForm getRegistration() {
		return registration;
	}

	public void setRegistration(RegistrationForm registration) {
		this.registration = registration;
	}

	public ProfileForm getProfile() {
		return profile;
	}

	public void setProfile(ProfileForm profile) {
		this.profile = profile;
	}
}
