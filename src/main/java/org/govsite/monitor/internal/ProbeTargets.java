package org.govsite.monitor.internal;

import java.net.URI;
import java.util.Optional;

import org.govsite.platform.FetchGuard;
import org.govsite.platform.RuleViolation;
import org.govsite.site.SiteSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where a site's home page is probed: under {@code govsite.monitor.served-base} (the address at
 * which this platform serves the published sites, {@code <base>/sites/<标识码>/}), when it is set;
 * else at the site's own domain, which must pass the platform's {@link FetchGuard} like every
 * address given from outside.
 */
@Component
public class ProbeTargets {

	private final @Nullable String servedBase;

	private final FetchGuard guard;

	private final Texts texts;

	ProbeTargets(@Value("${govsite.monitor.served-base:}") @Nullable String servedBase, FetchGuard guard, Texts texts) {
		this.servedBase = servedBase == null || servedBase.isBlank() ? null : servedBase.strip().replaceAll("/+$", "");
		this.guard = guard;
		this.texts = texts;
	}

	public Optional<URI> addressOf(SiteSummary site) {
		if (servedBase != null && site.siteCode() != null) {
			return Optional.of(URI.create(servedBase + "/sites/" + site.siteCode() + "/"));
		}
		if (site.domain() == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(guard.check("https://" + site.domain() + "/"));
		}
		catch (RuleViolation refused) {
			return Optional.empty();
		}
	}

	public String noAddressCause() {
		return texts.get("monitor.probe.noAddress");
	}
}
