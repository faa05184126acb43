package org.govsite.migration;

/** Where a migration stands. */
public enum MigrationState {

	/** Created: its rules are tried on a sample. */
	NEW,

	/** Its crawl job is running or waiting. */
	CRAWLING,

	/** Its crawl was paused (or stopped by a restart) and resumes where it was. */
	PAUSED,

	/** Crawled: its sections wait to be mapped to channels. */
	CRAWLED,

	/** Its import job is running or waiting. */
	IMPORTING,

	/** Imported and redirected. */
	IMPORTED,

	/** Its job failed; see its error. */
	FAILED
}
