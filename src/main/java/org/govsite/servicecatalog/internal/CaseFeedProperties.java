package org.govsite.servicecatalog.internal;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The JSON feed of applications ({@code govsite.servicecatalog.case-feed}).
 *
 * @param url where the provincial 政务服务 system publishes its feed; none: no case is known
 * @param refresh how long a read feed is used before it is read again
 * @param queriesPerMinute how many status queries (办件查询) one client address may make a minute
 */
@ConfigurationProperties("govsite.servicecatalog.case-feed")
public record CaseFeedProperties(@Nullable String url, @DefaultValue("5m") Duration refresh,
		@DefaultValue("30") int queriesPerMinute) {
}
