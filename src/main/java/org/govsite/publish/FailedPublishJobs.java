package org.govsite.publish;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** Publish jobs that failed for good since a time, per site: what a manager looks at each morning. */
public interface FailedPublishJobs {

	/** Site id to its failed jobs since then, most first; of the given sites, or of all when {@code null}. */
	Map<Long, Integer> perSite(@Nullable Set<Long> siteIds, Instant since);
}
