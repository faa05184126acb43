package org.govsite.migration.internal;

import java.time.Clock;
import java.time.Duration;

import org.govsite.jobs.JobType;
import org.govsite.migration.MigrationState;
import org.govsite.platform.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The migration's background work on the jobs facility: crawling and importing, each retried after
 * a failure (a crawl goes on from its stored frontier). The last failure marks the migration failed.
 * The migration counts its job's failures itself (the jobs facility tells a job nothing of its
 * attempts): the {@link #ATTEMPTS}th in a row marks it {@link MigrationState#FAILED}, with the cause,
 * and the operator may start it again.
 */
@Configuration(proxyBeanMethods = false)
public class MigrationJobs {

	/** Job names are {@code <module>.<what>}. */
	private static final String MODULE = "migration.";

	public static final String CRAWL = MODULE + "crawl";

	public static final String IMPORT = MODULE + "import";

	static final int ATTEMPTS = 3;

	private static final Logger log = LoggerFactory.getLogger(MigrationJobs.class);

	@Bean
	static JobType migrationCrawl(Crawler crawler, MigrationStore store, Clock clock, MessageSource messages) {
		return new JobType(CRAWL, "migration.job.crawl", ATTEMPTS, Duration.ofSeconds(30),
				data -> failing(store, clock, messages, Long.parseLong(data), () -> crawler.crawl(Long.parseLong(data))));
	}

	@Bean
	static JobType migrationImport(Importer importer, MigrationStore store, Clock clock, MessageSource messages) {
		return new JobType(IMPORT, "migration.job.import", ATTEMPTS, Duration.ofSeconds(30), data -> {
			long id = Long.parseLong(data);
			failing(store, clock, messages, id, () -> {
				if (importer.importAll(id)) {
					store.state(id, MigrationState.IMPORTED, null, clock.instant());
				}
			});
		});
	}

	/** Records the cause on the migration, for the console, and lets the facility retry; the last failure fails it. */
	static void failing(MigrationStore store, Clock clock, MessageSource messages, long id, Runnable work) {
		try {
			work.run();
		}
		catch (RuntimeException e) {
			log.warn("Migration {} failed", id, e);
			String cause = e instanceof RuleViolation violation
					? messages.getMessage(violation.code(), violation.arguments(), violation.code(), java.util.Locale.CHINA)
					: e.getClass().getSimpleName() + ": " + e.getMessage();
			if (store.jobFailed(id, cause, clock.instant()) >= ATTEMPTS) {
				store.state(id, MigrationState.FAILED, cause, clock.instant());
			}
			throw e;
		}
	}
}
