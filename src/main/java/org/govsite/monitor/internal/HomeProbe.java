package org.govsite.monitor.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.govsite.monitor.ProbeRecord;
import org.govsite.monitor.ResponseEvidence;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One request to a home page, as the checklist counts it: it failed when the page has not opened
 * (a final answer below 400) within the timeout, 15 s by default. Pages of a site's sample are
 * requested the same way.
 */
@Component
public class HomeProbe {

	private final HttpClient client;

	private final Duration timeout;

	private final Clock clock;

	private final Texts texts;

	HomeProbe(@Value("${govsite.monitor.probe-timeout:15s}") Duration timeout, Clock clock, Texts texts) {
		this.timeout = timeout;
		this.clock = clock;
		this.texts = texts;
		this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
	}

	public ProbeRecord request(long siteId, URI address) {
		return request(siteId, address, null);
	}

	/**
	 * One request to the home page (page null) or to a page of the site's sample; a failed one keeps
	 * what answered as evidence: status, headers and the first bytes.
	 */
	public ProbeRecord request(long siteId, URI address, @Nullable String page) {
		Instant at = clock.instant();
		long start = System.nanoTime();
		try {
			HttpRequest request = HttpRequest.newBuilder(address).timeout(timeout).GET().header("User-Agent", "GovSite-monitor").build();
			HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
			boolean ok = response.statusCode() < 400;
			ResponseEvidence kept = null;
			try (InputStream body = response.body()) {
				if (!ok) {
					kept = new ResponseEvidence(address.toString(), at, response.statusCode(), headers(response),
							body.readNBytes(ResponseEvidence.KEPT_BYTES));
				}
			}
			return new ProbeRecord(siteId, address.toString(), at, ok, response.statusCode(), millisSince(start),
					ok ? null : texts.get("monitor.probe.status", response.statusCode()), page, kept);
		}
		catch (IOException e) {
			return new ProbeRecord(siteId, address.toString(), at, false, null, millisSince(start),
					texts.get("monitor.probe.failed", e.getClass().getSimpleName(), String.valueOf(e.getMessage())), page, null);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new ProbeRecord(siteId, address.toString(), at, false, null, millisSince(start),
					texts.get("monitor.probe.failed", "InterruptedException", ""), page, null);
		}
	}

	private static String headers(HttpResponse<?> response) {
		StringBuilder lines = new StringBuilder();
		response.headers().map().forEach((name, values) -> values.forEach(value -> lines.append(name).append(": ").append(value).append('\n')));
		return lines.toString();
	}

	private static int millisSince(long start) {
		return (int) Duration.ofNanos(System.nanoTime() - start).toMillis();
	}
}
