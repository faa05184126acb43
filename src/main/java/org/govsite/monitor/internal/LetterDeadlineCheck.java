package org.govsite.monitor.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.govsite.interaction.LetterOverdue;
import org.govsite.interaction.LetterReplied;
import org.govsite.interaction.LetterUnansweredThreeMonths;
import org.govsite.monitor.InspectionCheck;
import org.govsite.monitor.Problem;
import org.govsite.monitor.ProblemKind;
import org.govsite.site.SiteSummary;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * 留言办理: the letters interaction reported past their deadline or unanswered for three months
 * (its daily check's events), kept until their reply is sent; each is a problem of the site
 * handling it until then.
 */
@Component
class LetterDeadlineCheck implements InspectionCheck {

	private final JdbcClient jdbc;

	private final Texts texts;

	LetterDeadlineCheck(JdbcClient jdbc, Texts texts) {
		this.jdbc = jdbc;
		this.texts = texts;
	}

	@ApplicationModuleListener
	void on(LetterOverdue overdue) {
		remember(overdue.letterId(), ProblemKind.LETTER_OVERDUE, overdue.handlingSiteId(), overdue.mailboxId(), overdue.dueOn());
	}

	@ApplicationModuleListener
	void on(LetterUnansweredThreeMonths unanswered) {
		remember(unanswered.letterId(), ProblemKind.LETTER_UNANSWERED_THREE_MONTHS, unanswered.handlingSiteId(),
				unanswered.mailboxId(), unanswered.receiptDay());
	}

	@ApplicationModuleListener
	void on(LetterReplied replied) {
		jdbc.sql("delete from monitor_letter where letter_id = ?").param(replied.letterId()).update();
	}

	private void remember(long letterId, ProblemKind kind, long siteId, long mailboxId, LocalDate day) {
		jdbc.sql("insert into monitor_letter (letter_id, kind, site_id, mailbox_id, day) values (?, ?, ?, ?, ?)"
				+ " on conflict (letter_id, kind) do update set site_id = excluded.site_id, day = excluded.day")
			.params(letterId, kind.code(), siteId, mailboxId, Date.valueOf(day))
			.update();
	}

	@Override
	public String name() {
		return "monitor.letters";
	}

	@Override
	public List<Problem> inspect(SiteSummary site) {
		return jdbc.sql("select letter_id, kind, mailbox_id, day from monitor_letter where site_id = ? order by letter_id, kind")
			.param(site.id())
			.query((rs, row) -> {
				long letter = rs.getLong("letter_id");
				ProblemKind kind = ProblemKind.ofCode(rs.getString("kind"));
				String day = rs.getDate("day").toLocalDate().toString();
				String detailKey = kind == ProblemKind.LETTER_OVERDUE ? "monitor.letter.overdue" : "monitor.letter.threeMonths";
				// ids as written, not grouped like amounts
				return Problem.of(kind, "letter:" + letter, texts.get(detailKey, String.valueOf(letter), day),
						texts.get("monitor.letter.evidence", String.valueOf(letter), String.valueOf(rs.getLong("mailbox_id")), day));
			})
			.list();
	}
}
