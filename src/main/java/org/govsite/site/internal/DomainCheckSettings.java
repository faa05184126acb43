package org.govsite.site.internal;

import java.time.LocalTime;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The domain ledger's optional checks from outside ({@code govsite.site.domain-checks.*}): off unless
 * enabled, since they connect to the sites' servers.
 *
 * @param enabled whether the daily DNS and certificate check runs
 * @param port the HTTPS port connected to
 * @param warnDays how many days before a certificate expires its site's manager is warned, each once
 * @param checkAt when the daily check runs, in the platform's zone
 */
@ConfigurationProperties("govsite.site.domain-checks")
public record DomainCheckSettings(@DefaultValue("false") boolean enabled, @DefaultValue("443") int port,
		@DefaultValue({ "30", "7" }) List<Integer> warnDays, @DefaultValue("06:40") LocalTime checkAt) {
}
