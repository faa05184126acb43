package org.govsite.site.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.govsite.site.SiteProfile;
import org.jspecify.annotations.Nullable;

/** Who runs a site and how to reach them, as typed in the console or sent to the API. */
class ProfileForm {

	@NotBlank
	@Size(max = 100)
	private @Nullable String sponsor;

	@Size(max = 100)
	private @Nullable String supervisor;

	@Size(max = 100)
	private @Nullable String operator;

	@NotBlank
	@Size(max = 50)
	private @Nullable String responsiblePerson;

	@Size(max = 50)
	private @Nullable String contactPerson;

	@Size(max = 50)
	private @Nullable String contactPhone;

	@Email
	@Size(max = 100)
	private @Nullable String contactEmail;

	@Size(max = 200)
	private @Nullable String address;

	static ProfileForm of(SiteProfile profile) {
		ProfileForm form = new ProfileForm();
		form.sponsor = profile.sponsor();
		form.supervisor = profile.supervisor();
		form.operator = profile.operator();
		form.responsiblePerson = profile.responsiblePerson();
		form.contactPerson = profile.contactPerson();
		form.contactPhone = profile.contactPhone();
		form.contactEmail = profile.contactEmail();
		form.address = profile.address();
		return form;
	}

	SiteProfile toProfile() {
		return new SiteProfile(sponsor == null ? "" : sponsor, supervisor, operator,
				responsiblePerson == null ? "" : responsiblePerson, contactPerson, contactPhone, contactEmail, address);
	}

	public @Nullable String getSponsor() {
		return sponsor;
	}

	public void setSponsor(@Nullable String sponsor) {
		this.sponsor = sponsor;
	}

	public @Nullable String getSupervisor() {
		return supervisor;
	}

	public void setSupervisor(@Nullable String supervisor) {
		this.supervisor = supervisor;
	}

	public @Nullable String getOperator() {
		return operator;
	}

	public void setOperator(@Nullable String operator) {
		this.operator = operator;
	}

	public @Nullable String getResponsiblePerson() {
		return responsiblePerson;
	}

	public void setResponsiblePerson(@Nullable String responsiblePerson) {
		this.responsiblePerson = responsiblePerson;
	}

	public @Nullable String getContactPerson() {
		return contactPerson;
	}

	public void setContactPerson(@Nullable String contactPerson) {
		this.contactPerson = contactPerson;
	}

	public @Nullable String getContactPhone() {
		return contactPhone;
	}

	public void setContactPhone(@Nullable String contactPhone) {
		this.contactPhone = contactPhone;
	}

	public @Nullable String getContactEmail() {
		return contactEmail;
	}

	public void setContactEmail(@Nullable String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public @Nullable String getAddress() {
		return address;
	}

	public void setAddress(@Nullable String address) {
		this.address = address;
	}
}
