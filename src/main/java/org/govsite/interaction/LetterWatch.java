package org.govsite.interaction;

import java.time.Clock;
import java.time.LocalDate;

import org.govsite.interaction.internal.InteractionProperties;
import org.govsite.interaction.internal.Letter;
import org.govsite.interaction.internal.LetterNotices;
import org.govsite.interaction.internal.LetterStore;
import org.govsite.interaction.internal.StoredLetter;
import org.govsite.jobs.RecurringJob;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily check of letters waiting for a reply (SPEC.md §7): one past its deadline is reported
 * once per deadline ({@link LetterOverdue}, and a message to its handlers and site manager); one
 * waiting more than three months, the national veto, once ({@link LetterUnansweredThreeMonths}).
 */
@Service
@Transactional
public class LetterWatch {

	private final LetterStore letters;

	private final LetterNotices notices;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LetterWatch(LetterStore letters, LetterNotices notices, ApplicationEventPublisher events, Clock clock) {
		this.letters = letters;
		this.notices = notices;
		this.events = events;
		this.clock = clock;
	}

	/** Runs the check now; answers how many letters it reported. */
	public int check() {
		LocalDate today = LocalDate.now(clock);
		int reported = 0;
		for (StoredLetter stored : letters.waitingUnreported()) {
			Letter letter = stored.letter();
			if (letter.unansweredBeyondThreeMonths(today) && !stored.threeMonthsReported()) {
				letters.set(stored.id(), "three_months_reported", true);
				events.publishEvent(new LetterUnansweredThreeMonths(stored.id(), letter.mailboxId(), letter.handlingUnit(),
						letter.receiptDay()));
				reported++;
			}
			if (letter.overdueOn(today) && !java.util.Objects.equals(stored.overdueReportedFor(), letter.dueOn())) {
				letters.set(stored.id(), "overdue_reported_on", letter.dueOn());
				events.publishEvent(new LetterOverdue(stored.id(), letter.mailboxId(), letter.handlingUnit(),
						java.util.Objects.requireNonNull(letter.dueOn())));
				notices.overdue(letter.handlingUnit(), stored.id(), stored.subject());
				reported++;
			}
		}
		return reported;
	}

	@Configuration(proxyBeanMethods = false)
	static class Schedule {

		@Bean
		RecurringJob letterCheck(LetterWatch watch, InteractionProperties properties) {
			return RecurringJob.daily("interaction.letter-check", "interaction.job.letterCheck", properties.checkAt(),
					watch::check);
		}
	}
}
