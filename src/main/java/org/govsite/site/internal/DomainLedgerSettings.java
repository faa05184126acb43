package org.govsite.site.internal;

import java.time.LocalTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The domain ledger's settings ({@code govsite.site.domain-ledger.*}, documented in application.yaml).
 *
 * @param warnDays how many days before a domain expires its site's manager is warned, each once
 * @param deregisterWithinDays the days a closed site's registrations have to be cancelled in (a site
 *        leaving supervision has {@code govsite.site.leave-supervision-months})
 * @param checkAt when the daily look at the ledger runs, in the platform's zone
 */
@ConfigurationProperties("govsite.site.domain-ledger")
public record DomainLedgerSettings(@Nullable List<Integer> warnDays, @DefaultValue("30") int deregisterWithinDays,
		@DefaultValue("06:10") LocalTime checkAt) {

	public static final List<Integer> DEFAULT_WARN_DAYS = List.of(90, 30, 7);

	public DomainLedgerSettings {
		warnDays = warnDays == null || warnDays.isEmpty() ? DEFAULT_WARN_DAYS : List.copyOf(warnDays);
	}

	@Override
	public List<Integer> warnDays() {
		return warnDays == null ? DEFAULT_WARN_DAYS : warnDays;
	}
}
