package org.govsite.calendar.web;

import java.time.LocalDate;
import java.util.List;

import org.govsite.calendar.CalendarManagement;
import org.govsite.identity.StaffRole;
import org.govsite.platform.BackOffice;
import org.govsite.platform.WorkItem;
import org.govsite.platform.WorkbenchSource;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Asks the system administrator to enter a year's holidays before the year begins (and, if it
 * has begun without them, until they are entered): until then its deadlines count Monday to Friday.
 */
@Component
@BackOffice
class CalendarWorkbench implements WorkbenchSource {

	private final CalendarManagement calendar;

	private final MessageSource messages;

	CalendarWorkbench(CalendarManagement calendar, MessageSource messages) {
		this.calendar = calendar;
		this.messages = messages;
	}

	@Override
	public List<WorkItem> itemsFor(Authentication user) {
		boolean systemAdmin = user.getAuthorities()
			.stream()
			.anyMatch(granted -> StaffRole.SYSTEM_ADMIN.authority().equals(granted.getAuthority()));
		if (!systemAdmin) {
			return List.of();
		}
		return calendar.yearsAwaitingArrangement()
			.stream()
			.map(year -> new WorkItem("workbench.category.task",
					messages.getMessage("calendar.workbench.enterYear", new Object[] { String.valueOf(year) },
							LocaleContextHolder.getLocale()),
					"/admin/calendar/" + year + "/edit", LocalDate.of(year - 1, 12, 31)))
			.toList();
	}
}
