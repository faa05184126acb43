package org.govsite.interaction;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;

import org.govsite.interaction.internal.AttachmentStore;
import org.govsite.interaction.internal.InteractionProperties;
import org.govsite.interaction.internal.LetterStore;
import org.govsite.interaction.internal.RetentionStore;
import org.govsite.interaction.internal.WriterName;
import org.govsite.jobs.RecurringJob;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention period of citizens' personal data (issue 14 part 8; {@code govsite.interaction.retention},
 * 3 years by default: SPEC.md fixes no figure). Once it has passed since a letter was replied to or
 * rejected, the daily run removes its phone, email and ID number and their digests, cuts the name to
 * the surname and 先生/女士 a published page shows, and deletes the attachments that were not
 * published; an error report's contact goes once that long has passed since its answer. What was
 * published stays as it was; the letter's history says when this was done.
 */
@Service
@Transactional
public class LetterRetention {

	static final int BATCH = 500;

	private final RetentionStore retention;

	private final LetterStore letters;

	private final AttachmentStore attachments;

	private final InteractionProperties properties;

	private final Clock clock;

	LetterRetention(RetentionStore retention, LetterStore letters, AttachmentStore attachments,
			InteractionProperties properties, Clock clock) {
		this.retention = retention;
		this.letters = letters;
		this.attachments = attachments;
		this.properties = properties;
		this.clock = clock;
	}

	/** Runs the removal now; answers how many letters and error reports it stripped. */
	public int run() {
		Instant now = clock.instant();
		Instant cutoff = ZonedDateTime.now(clock).minus(properties.retention()).toInstant();
		int stripped = 0;
		java.util.List<RetentionStore.Expired> batch;
		do {
			batch = retention.expiredLetters(cutoff, BATCH);
			for (RetentionStore.Expired letter : batch) {
				retention.stripLetter(letter.id(), WriterName.shown(letter.writerName(), letter.female()), now);
				int files = attachments.deleteUnpublished(letter.id());
				letters.event(letter.id(), now, "系统", "interaction.event.personalDataRemoved",
						files == 0 ? null : "删除未公开附件 " + files + " 个");
				stripped++;
			}
		}
		while (batch.size() == BATCH);
		return stripped + retention.stripErrorReports(cutoff, now);
	}

	@Configuration(proxyBeanMethods = false)
	static class Schedule {

		@Bean
		RecurringJob personalDataRetention(LetterRetention retention, InteractionProperties properties) {
			return RecurringJob.daily("interaction.retention", "interaction.job.retention", properties.retentionAt(),
					retention::run);
		}
	}
}
