package org.govsite.monitor.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.govsite.monitor.ProbeRecord;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One request to a home page, as the checklist counts it: it failed when the page has not opened
 * (a final answer below 400) within the timeout, 15 s by default.
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
		Instant at = clock.instant();
		long start = System.nanoTime();
		try {
			HttpRequest request = HttpRequest.newBuilder(address).timeout(timeout).GET().header("User-Agent", "GovSite-monitor").build();
			HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
			int millis = millisSince(start);
			boolean ok = response.statusCode() < 400;
			return new ProbeRecord(siteId, address.toString(), at, ok, response.statusCode(), millis,
					ok ? null : texts.get("monitor.probe.status", response.statusCode()));
		}
		catch (IOException e) {
			return new ProbeRecord(siteId, address.toString(), at, false, null, millisSince(start),
					texts.get("monitor.probe.failed", e.getClass().getSimpleName(), String.valueOf(e.getMessage())));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new ProbeRecord(siteId, address.toString(), at, false, null, millisSince(start),
					texts.get("monitor.probe.failed", "InterruptedException", ""));
		}
	}

	private static int millisSince(long start) {
		return (int) Duration.ofNanos(System.nanoTime() - start).toMillis();
	}
}
