package org.govsite.calendar.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.govsite.calendar.CalendarManagement;

import org.springframework.format.annotation.DateTimeFormat;

/** The deadline calculator: something received on a day, with a limit of some working days. */
class DeadlineForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate received;

	@NotNull
	@Min(0)
	@Max(CalendarManagement.MAX_WORKING_DAYS)
	private Integer workingDays;

	DeadlineForm() {
	}

	DeadlineForm(LocalDate received, int workingDays) {
		this.received = received;
		this.workingDays = workingDays;
	}

	public LocalDate getReceived() {
		return received;
	}

	public void setReceived(LocalDate received) {
		this.received = received;
	}

	public Integer getWorkingDays() {
		return workingDays;
	}

	public void setWorkingDays(Integer workingDays) {
		this.workingDays = workingDays;
	}
}
