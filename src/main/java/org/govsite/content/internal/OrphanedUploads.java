package org.govsite.content.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.sql.Timestamp;
import java.util.List;

import org.govsite.jobs.RecurringJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Uploads that no version of any document uses (a picture uploaded from an editor dialog that was
 * then cancelled, a file of an import that never bound it) are deleted once they are a day old,
 * and their stored file with them unless another upload has the same content. A version keeps
 * what it uses: its 附件, its 题图 and the pictures of its 正文 ({@code attachment:<id>}); versions are
 * never deleted, so nothing a version, live or past, shows is ever taken away.
 */
@Component
public class OrphanedUploads {

	private static final Logger log = LoggerFactory.getLogger(OrphanedUploads.class);

	/** How long an upload may wait to be used: an editor still writing has a day to save. */
	static final Duration GRACE = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final UploadStore uploads;

	private final Clock clock;

	OrphanedUploads(JdbcClient jdbc, UploadStore uploads, Clock clock) {
		this.jdbc = jdbc;
		this.uploads = uploads;
		this.clock = clock;
	}

	/** Once a day at night, on one admin node. */
	@Bean
	static RecurringJob orphanedUploadsJob(OrphanedUploads orphans) {
		return RecurringJob.daily("content.orphaned-uploads", "content.job.orphanedUploads", LocalTime.of(3, 30),
				orphans::deleteOld);
	}

	/** Deletes the uploads no version uses that are older than the grace period; answers how many. */
	@Transactional
	public int deleteOld() {
		List<Orphan> orphans = jdbc.sql("""
				select a.id, a.sha256 from content_attachment a
				where a.uploaded_at < :before
				  and not exists (select 1 from content_version_attachment va where va.attachment_id = a.id)
				  and not exists (select 1 from content_version v where v.cover_id = a.id)
				  and not exists (select 1 from content_version v
				                  where (a.document_id is null or v.document_id = a.document_id)
				                    and strpos(v.body, 'attachment:' || a.id || '"') > 0)
				for update of a skip locked
				""")
			.param("before", Timestamp.from(clock.instant().minus(GRACE)))
			.query((rows, n) -> new Orphan(rows.getLong("id"), rows.getString("sha256")))
			.list();
		for (Orphan orphan : orphans) {
			jdbc.sql("delete from content_attachment where id = ?").param(orphan.id()).update();
		}
		// a file is shared by every upload of the same content: it goes with the last of them, once
		// the rows are gone for good
		List<String> files = orphans.stream().map(Orphan::sha256).distinct().filter(this::unused).toList();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				files.forEach(uploads::delete);
			}
		});
		if (!orphans.isEmpty()) {
			log.info("Deleted {} uploads that no document uses", orphans.size());
		}
		return orphans.size();
	}

	private boolean unused(String sha256) {
		return !jdbc.sql("select exists (select 1 from content_attachment where sha256 = ?)")
			.param(sha256)
			.query(Boolean.class)
			.single();
	}

	private record Orphan(long id, String sha256) {
	}
}
