package org.govsite.interaction;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.govsite.calendar.WorkingCalendar;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A site's letters of one year, as the annual website report counts them: letters received in the
 * year by the site's mailboxes (refused ones not counted), of which replied, the average working
 * days from receipt to reply, and the replies published on the site.
 */
@Service
@Transactional(readOnly = true)
public class LetterYear {

	private final JdbcClient jdbc;

	private final WorkingCalendar calendar;

	private final Clock clock;

	LetterYear(JdbcClient jdbc, WorkingCalendar calendar, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	/** The year's figures of the site's own mailboxes. */
	public Figures of(long siteId, int year) {
		record Row(LocalDate received, @Nullable LocalDate replied, boolean published) {
		}
		List<Row> rows = jdbc.sql("""
				select l.receipt_day, l.replied_at, l.published
				from interaction_letter l join interaction_mailbox m on m.id = l.mailbox_id
				where m.site_id = :site and l.state <> 'REJECTED' and l.receipt_day between :from and :to""")
			.param("site", siteId)
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year, 12, 31))
			.query((rs, n) -> new Row(rs.getObject(1, LocalDate.class), rs.getTimestamp(2) == null ? null
					: LocalDate.ofInstant(rs.getTimestamp(2).toInstant(), clock.getZone()), rs.getBoolean(3)))
			.list();
		int replied = 0;
		long days = 0;
		for (Row row : rows) {
			if (row.replied() != null) {
				replied++;
				days += Math.max(0, calendar.workingDaysBetween(row.received(), row.replied()));
			}
		}
		int published = (int) rows.stream().filter(Row::published).count();
		return new Figures(rows.size(), replied, replied == 0 ? 0 : Math.round(10.0 * days / replied) / 10.0, published);
	}

	/**
	 * @param averageWorkingDays from receipt to reply, over the replied letters, to a tenth (0 without any)
	 */
	public record Figures(int received, int closed, double averageWorkingDays, int published) {
	}
}
