package org.govsite.site.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.govsite.calendar.CalendarYearArranged;
import org.govsite.calendar.WorkingCalendar;
import org.govsite.identity.StaffRole;
import org.govsite.notification.Notifications;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a year's holidays are entered, the change records still to be reported whose deadline
 * falls in that year or later are counted again: a deadline that ran into a year without its
 * arrangement was provisional (SPEC.md §11). Each site manager is told when one of theirs moved.
 */
@Component
class ChangeDeadlines {

	private final ChangeRecordRepository changes;

	private final WorkingCalendar calendar;

	private final SiteSettings settings;

	private final Notifications notifications;

	private final MessageSource messages;

	private final Clock clock;

	ChangeDeadlines(ChangeRecordRepository changes, WorkingCalendar calendar, SiteSettings settings,
			Notifications notifications, MessageSource messages, Clock clock) {
		this.changes = changes;
		this.calendar = calendar;
		this.settings = settings;
		this.notifications = notifications;
		this.messages = messages;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(CalendarYearArranged arranged) {
		for (ChangeRecord record : changes.findOpenDueFrom(LocalDate.of(arranged.year(), 1, 1))) {
			LocalDate before = record.reportBy();
			if (record.recount(calendar, clock.getZone(), settings.changeReportWorkingDays())) {
				changes.save(record);
				String subject = messages.getMessage("site.change." + record.subject.name(), null, LocaleContextHolder.getLocale());
				String text = messages.getMessage("site.change.deadlineMoved",
						new Object[] { subject, String.valueOf(before), String.valueOf(record.reportBy()), String.valueOf(arranged.year()) },
						LocaleContextHolder.getLocale());
				notifications.notify(List.of(StaffRole.SITE_MANAGER.forSite(record.siteId)), SiteNotice.CHANGE_DEADLINE_MOVED.kind(), text,
						"/admin/sites/" + record.siteId);
			}
		}
	}
}
