package org.govsite.platform.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings for running several nodes on one database ({@code govsite.cluster.*}).
 *
 * @param enabled whether the per-address limits made through {@link org.govsite.platform.SharedLimits}
 *     are counted in PostgreSQL for all nodes together rather than in each node's memory
 */
@ConfigurationProperties("govsite.cluster")
public record ClusterProperties(@DefaultValue("false") boolean enabled) {
}
