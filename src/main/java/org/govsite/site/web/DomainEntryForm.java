package org.govsite.site.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.govsite.site.LedgerEntryData;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/** The form of a domain of the ledger. */
class DomainEntryForm {

	@NotNull(message = "{site.ledger.siteRequired}")
	@Nullable Long siteId;

	@Size(max = 253, message = "{site.ledger.tooLong}")
	String name = "";

	@Size(max = 200, message = "{site.ledger.tooLong}")
	@Nullable String registrar;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@Nullable LocalDate registeredOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@Nullable LocalDate expiresOn;

	@Size(max = 100, message = "{site.ledger.tooLong}")
	@Nullable String icpNumber;

	@Size(max = 100, message = "{site.ledger.tooLong}")
	@Nullable String openedBy;

	@Size(max = 100, message = "{site.ledger.tooLong}")
	@Nullable String appliedBy;

	@Size(max = 100, message = "{site.ledger.tooLong}")
	@Nullable String usedBy;

	@Size(max = 100, message = "{site.ledger.tooLong}")
	@Nullable String responsible;

	static DomainEntryForm of(LedgerEntryData data) {
		DomainEntryForm form = new DomainEntryForm();
		form.siteId = data.siteId();
		form.name = data.name();
		form.registrar = data.registrar();
		form.registeredOn = data.registeredOn();
		form.expiresOn = data.expiresOn();
		form.icpNumber = data.icpNumber();
		form.openedBy = data.openedBy();
		form.appliedBy = data.appliedBy();
		form.usedBy = data.usedBy();
		form.responsible = data.responsible();
		return form;
	}

	LedgerEntryData toData() {
		return new LedgerEntryData(siteId == null ? 0 : siteId, name, registrar, registeredOn, expiresOn, icpNumber,
				openedBy, appliedBy, usedBy, responsible);
	}

	// getters and setters for the form binding

	public @Nullable Long getSiteId() { return siteId; }
	public void setSiteId(@Nullable Long siteId) { this.siteId = siteId; }
	public String getName() { return name; }
	public void setName(@Nullable String name) { this.name = name == null ? "" : name; }
	public @Nullable String getRegistrar() { return registrar; }
	public void setRegistrar(@Nullable String registrar) { this.registrar = registrar; }
	public @Nullable LocalDate getRegisteredOn() { return registeredOn; }
	public void setRegisteredOn(@Nullable LocalDate registeredOn) { this.registeredOn = registeredOn; }
	public @Nullable LocalDate getExpiresOn() { return expiresOn; }
	public void setExpiresOn(@Nullable LocalDate expiresOn) { this.expiresOn = expiresOn; }
	public @Nullable String getIcpNumber() { return icpNumber; }
	public void setIcpNumber(@Nullable String icpNumber) { this.icpNumber = icpNumber; }
	public @Nullable String getOpenedBy() { return openedBy; }
	public void setOpenedBy(@Nullable String openedBy) { this.openedBy = openedBy; }
	public @Nullable String getAppliedBy() { return appliedBy; }
	public void setAppliedBy(@Nullable String appliedBy) { this.appliedBy = appliedBy; }
	public @Nullable String getUsedBy() { return usedBy; }
	public void setUsedBy(@Nullable String usedBy) { this.usedBy = usedBy; }
	public @Nullable String getResponsible() { return responsible; }
	public void setResponsible(@Nullable String responsible) { this.responsible = responsible; }
}
