package org.govsite.content;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** How many live documents each channel of some sites shows that were published since a time (the 工作台's figure). */
public interface PublishedPerChannel {

	/** Channel id to the number of its live documents published since then, most first; empty for no sites. */
	Map<Long, Integer> since(Set<Long> siteIds, Instant since);
}
