package org.govsite.servicecatalog.internal;

import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The JSON feed of service items ({@code govsite.servicecatalog.item-feed}).
 *
 * @param url where the provincial 政务服务 system publishes its items; none: nothing is imported
 * @param importAt when the items are imported each day, in the platform's zone
 */
@ConfigurationProperties("govsite.servicecatalog.item-feed")
public record ItemFeedProperties(@Nullable String url, @DefaultValue("02:30") LocalTime importAt) {
}
