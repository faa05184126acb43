package org.govsite.jobs.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The background jobs' settings ({@code govsite.jobs.*}, documented in application.yaml).
 *
 * @param worker whether this node runs jobs (back-office nodes only)
 * @param threads how many jobs this node runs at once
 * @param pollInterval how often this node looks for jobs queued by other nodes
 * @param heartbeat how often a node running a job says so in the table
 * @param missedHeartbeats after how many missed heartbeats a running job counts as dead with its
 *     node and is run again by another
 */
@ConfigurationProperties("govsite.jobs")
public record JobsProperties(@DefaultValue("true") boolean worker, @DefaultValue("2") int threads,
		@DefaultValue("5s") Duration pollInterval, @DefaultValue("30s") Duration heartbeat,
		@DefaultValue("4") int missedHeartbeats) {
}
