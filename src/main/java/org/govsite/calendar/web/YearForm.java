package org.govsite.calendar.web;

import jakarta.validation.constraints.Size;

/** A year's arrangement as the console edits it: two lists of days, one day a line. */
class YearForm {

	/** About 150 lines; a year has some 30 named days. */
	@Size(max = 4000)
	private String holidays = "";

	@Size(max = 4000)
	private String adjustedWorkingDays = "";

	public String getHolidays() {
		return holidays;
	}

	public void setHolidays(String holidays) {
		this.holidays = holidays;
	}

	public String getAdjustedWorkingDays() {
		return adjustedWorkingDays;
	}

	public void setAdjustedWorkingDays(String adjustedWorkingDays) {
		this.adjustedWorkingDays = adjustedWorkingDays;
	}
}
