package org.govsite.jobs;

import java.util.List;

/**
 * A module's own queue of work, shown on the jobs page beside the facility's jobs: publishing keeps
 * its queue (waiting jobs of a site merge, each job reports its pages) and lists it here.
 */
public interface JobListing {

	/** Message-bundle key of the queue's name. */
	String titleKey();

	/** Where the module's own page of the queue is, under {@code /admin}. */
	String link();

	/** The newest jobs of the queue. */
	List<JobLine> recent(int limit);
}
