package org.govsite.publish.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The publish settings ({@code govsite.publish.*}, documented in {@code application.yaml}).
 *
 * @param pageSize entries on each numbered list page
 * @param homeBlocks how many first-level channels the home page shows a block for
 * @param blockEntries entries in a home-page block
 * @param childBlockEntries entries in the block of a channel below, on its parent's page
 * @param feedEntries entries in the RSS feed
 * @param threads how many pages render at once; 0 for two per processor
 * @param fsync whether each file is forced to disk before it is moved into place
 * @param scheme the scheme of the sites' addresses (meta tags, QR codes, feeds)
 * @param maxAttempts how often a failing job is tried before it is reported as failed
 * @param retryDelay the wait before the first retry; it doubles with each attempt
 * @param pollInterval how often a worker looks for queued jobs (a job queued on this node starts at once)
 * @param staleAfter after how long without a sign of life a running job counts as dead and is run again
 */
@ConfigurationProperties("govsite.publish")
public record PublishProperties(@DefaultValue("20") int pageSize, @DefaultValue("8") int homeBlocks,
		@DefaultValue("7") int blockEntries, @DefaultValue("5") int childBlockEntries, @DefaultValue("20") int feedEntries,
		@DefaultValue("0") int threads, @DefaultValue("true") boolean fsync, @DefaultValue("https") String scheme,
		@DefaultValue("5") int maxAttempts, @DefaultValue("30s") Duration retryDelay,
		@DefaultValue("1s") Duration pollInterval, @DefaultValue("2m") Duration staleAfter) {

	/** The settings when none are configured, for tests and the benchmark. */
	public static PublishProperties defaults() {
		return new PublishProperties(20, 8, 7, 5, 20, 0, true, "https", 5, Duration.ofSeconds(30), Duration.ofSeconds(1),
				Duration.ofMinutes(2));
	}

	/**
	 * The render threads: the configured number, or two per processor (a thread waiting for its
	 * file to reach the disk leaves the processor to another).
	 */
	public int renderThreads() {
		return threads > 0 ? threads : 2 * Runtime.getRuntime().availableProcessors();
	}
}
