package org.govsite.site.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.govsite.site.SecurityAssessment;
import org.govsite.site.SiteKind;
import org.govsite.site.SiteRegistration;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The registration part of a site as typed in the console or sent to the API: place in the group,
 * name, 标识码, domains, filings and the 等保 record. The rules (标识码 pattern, domains) are checked
 * by the domain, which names the field it refuses.
 */
class RegistrationForm {

	@NotNull
	private @Nullable SiteKind kind = SiteKind.PORTAL;

	private @Nullable Long parentId;

	@NotBlank
	@Size(max = 100)
	private @Nullable String name;

	@Size(max = 20)
	private @Nullable String siteCode;

	@Size(max = 253)
	private @Nullable String englishDomain;

	@Size(max = 253)
	private @Nullable String chineseDomain;

	@Size(max = 100)
	private @Nullable String icpNumber;

	@Size(max = 100)
	private @Nullable String publicSecurityNumber;

	@Size(max = 100)
	private @Nullable String badgeNumber;

	@Min(1)
	@Max(5)
	private @Nullable Integer securityLevel;

	@Size(max = 100)
	private @Nullable String securityFilingNumber;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate securityAssessedOn;

	private boolean securityPassed;

	static RegistrationForm of(SiteRegistration registration) {
		RegistrationForm form = new RegistrationForm();
		form.kind = registration.kind();
		form.parentId = registration.parentId();
		form.name = registration.name();
		form.siteCode = registration.siteCode();
		form.englishDomain = registration.englishDomain();
		form.chineseDomain = registration.chineseDomain();
		form.icpNumber = registration.icpNumber();
		form.publicSecurityNumber = registration.publicSecurityNumber();
		form.badgeNumber = registration.badgeNumber();
		SecurityAssessment security = registration.security();
		if (security != null) {
			form.securityLevel = security.level();
			form.securityFilingNumber = security.filingNumber();
			form.securityAssessedOn = security.assessedOn();
			form.securityPassed = security.passed();
		}
		return form;
	}

	SiteRegistration toRegistration() {
		return new SiteRegistration(kind == null ? SiteKind.PORTAL : kind, parentId, name == null ? "" : name, siteCode,
				englishDomain, chineseDomain, icpNumber, publicSecurityNumber, badgeNumber,
				SecurityAssessment.of(securityLevel, securityFilingNumber, securityAssessedOn, securityPassed));
	}

	public @Nullable SiteKind getKind() {
		return kind;
	}

	public void setKind(@Nullable SiteKind kind) {
		this.kind = kind;
	}

	public @Nullable Long getParentId() {
		return parentId;
	}

	public void setParentId(@Nullable Long parentId) {
		this.parentId = parentId;
	}

	public @Nullable String getName() {
		return name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable String getSiteCode() {
		return siteCode;
	}

	public void setSiteCode(@Nullable String siteCode) {
		this.siteCode = siteCode;
	}

	public @Nullable String getEnglishDomain() {
		return englishDomain;
	}

	public void setEnglishDomain(@Nullable String englishDomain) {
		this.englishDomain = englishDomain;
	}

	public @Nullable String getChineseDomain() {
		return chineseDomain;
	}

	public void setChineseDomain(@Nullable String chineseDomain) {
		this.chineseDomain = chineseDomain;
	}

	public @Nullable String getIcpNumber() {
		return icpNumber;
	}

	public void setIcpNumber(@Nullable String icpNumber) {
		this.icpNumber = icpNumber;
	}

	public @Nullable String getPublicSecurityNumber() {
		return publicSecurityNumber;
	}

	public void setPublicSecurityNumber(@Nullable String publicSecurityNumber) {
		this.publicSecurityNumber = publicSecurityNumber;
	}

	public @Nullable String getBadgeNumber() {
		return badgeNumber;
	}

	public void setBadgeNumber(@Nullable String badgeNumber) {
		this.badgeNumber = badgeNumber;
	}

	public @Nullable Integer getSecurityLevel() {
		return securityLevel;
	}

	public void setSecurityLevel(@Nullable Integer securityLevel) {
		this.securityLevel = securityLevel;
	}

	public @Nullable String getSecurityFilingNumber() {
		return securityFilingNumber;
	}

	public void setSecurityFilingNumber(@Nullable String securityFilingNumber) {
		this.securityFilingNumber = securityFilingNumber;
	}

	public @Nullable LocalDate getSecurityAssessedOn() {
		return securityAssessedOn;
	}

	public void setSecurityAssessedOn(@Nullable LocalDate securityAssessedOn) {
		this.securityAssessedOn = securityAssessedOn;
	}

	public boolean isSecurityPassed() {
		return securityPassed;
	}

	public void setSecurityPassed(boolean securityPassed) {
		this.securityPassed = securityPassed;
	}
}
