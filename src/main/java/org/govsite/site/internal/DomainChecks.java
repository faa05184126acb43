package org.govsite.site.internal;

import java.net.IDN;
import java.net.InetAddress;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.govsite.identity.StaffRole;
import org.govsite.notification.Notifications;
import org.govsite.platform.FetchGuard;
import org.govsite.site.DomainCheck;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The daily look at each domain in use from outside, when enabled: its name resolves to public
 * addresses, and its HTTPS certificate is valid for it, trusted and not about to expire. The site's
 * manager is warned of a certificate nearing its expiry as of a domain's; other problems are shown
 * on the ledger.
 */
@Component
public class DomainChecks {

	private final DomainCheckStore store;

	private final DomainCheckSettings settings;

	private final FetchGuard guard;

	private final Notifications notifications;

	private final MessageSource messages;

	private final Clock clock;

	DomainChecks(DomainCheckStore store, DomainCheckSettings settings, FetchGuard guard, Notifications notifications,
			MessageSource messages, Clock clock) {
		this.store = store;
		this.settings = settings;
		this.guard = guard;
		this.notifications = notifications;
		this.messages = messages;
		this.clock = clock;
	}

	/** The daily run: nothing unless {@code govsite.site.domain-checks.enabled}. */
	public void checkAll() {
		if (settings.enabled()) {
			checkAll(new DomainProbe(InetAddress::getAllByName, guard, settings.port(), DomainProbe.systemTrust()));
		}
	}

	/** Checks every domain in use with the given probe. */
	public void checkAll(DomainProbe probe) {
		for (DomainCheckStore.InUse domain : store.inUse()) {
			DomainProbe.Result result = probe.probe(IDN.toASCII(domain.name()));
			X509Certificate certificate = result.certificate();
			Instant expires = certificate == null ? null : certificate.getNotAfter().toInstant();
			DomainCheck check = new DomainCheck(domain.id(), clock.instant(), String.join(", ", result.addresses()),
					certificate == null ? null : certificate.getSubjectX500Principal().getName(),
					certificate == null ? null : certificate.getIssuerX500Principal().getName(), expires,
					problem(result, expires));
			Integer warnedWithin = store.save(check);
			if (expires != null) {
				warn(domain, LocalDate.ofInstant(expires, clock.getZone()), warnedWithin);
			}
		}
	}

	private void warn(DomainCheckStore.InUse domain, LocalDate expiresOn, @Nullable Integer warnedWithin) {
		LocalDate today = LocalDate.now(clock);
		ExpiryWarning.due(settings.warnDays(), expiresOn, today, warnedWithin).ifPresent(threshold -> {
			String text = message("site.domainCheck.expiring", domain.name(), domain.siteName(), expiresOn.toString(),
					String.valueOf(ChronoUnit.DAYS.between(today, expiresOn)));
			notifications.notify(List.of(StaffRole.SITE_MANAGER.forSite(domain.siteId())),
					SiteNotice.CERTIFICATE_EXPIRING.kind(), text, "/admin/domains#domain-" + domain.id());
			store.markWarned(domain.id(), threshold);
		});
	}

	private @Nullable String problem(DomainProbe.Result result, @Nullable Instant expires) {
		List<String> problems = result.problems().stream()
			.map(problem -> message("site.domainCheck.problem." + problem.name()))
			.collect(Collectors.toList());
		if (expires != null && !expires.isAfter(clock.instant())) {
			problems.add(message("site.domainCheck.problem.EXPIRED"));
		}
		return problems.isEmpty() ? null : String.join("；", problems);
	}

	private String message(String code, Object... args) {
		return messages.getMessage(code, args, Locale.SIMPLIFIED_CHINESE);
	}
}
