package org.govsite.platform.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings for running several nodes on one database ({@code govsite.cluster.*}).
 *
 * @param enabled whether what a node would otherwise keep in its memory is kept in PostgreSQL for all
 *     nodes together: the per-address limits made through {@link org.govsite.platform.SharedLimits},
 *     the spent proof-of-work challenges, and the sessions (deploy/README.md, "Limits across public nodes")
 */
@ConfigurationProperties("govsite.cluster")
public record ClusterProperties(@DefaultValue("false") boolean enabled) {
}
