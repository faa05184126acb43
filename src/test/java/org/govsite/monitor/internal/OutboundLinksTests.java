package org.govsite.monitor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.govsite.platform.FetchGuard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Outbound links against a server on 127.0.0.1 (allowed to the checker's guard by name): a page
 * that is gone is broken; a refusal that only says the checker was not let in is unverifiable; a
 * name that does not resolve is broken; a dangerous domain is flagged without a request.
 */
class OutboundLinksTests {

	private HttpServer server;

	private final AtomicInteger requests = new AtomicInteger();

	private String base;

	private final FetchGuard guard = new FetchGuard(new FetchGuard.Settings(Set.of("127.0.0.1"), Duration.ofSeconds(5),
			1_000_000, 5));

	@BeforeEach
	void start() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", exchange -> {
			requests.incrementAndGet();
			int status = switch (exchange.getRequestURI().getPath()) {
				case "/ok" -> 200;
				case "/moved" -> 301;
				case "/gone" -> 404;
				case "/firewall" -> 403;
				case "/limit" -> 429;
				default -> 500;
			};
			if (status == 301) {
				exchange.getResponseHeaders().add("Location", "/ok");
			}
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		// several threads, so that only the checker's politeness can keep requests to one at a time
		server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
		server.start();
		base = "http://127.0.0.1:" + server.getAddress().getPort();
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	@Test
	void sortsWhatTheLinksShow() {
		OutboundLinks links = new OutboundLinks(guard, Duration.ZERO, 4, List.of("bad.example"));

		Map<String, OutboundLinks.Outcome> outcomes = links.check(List.of(base + "/ok", base + "/moved", base + "/gone",
				base + "/firewall", base + "/limit", base + "/error", "http://no-such-host.invalid/", "https://www.bad.example/x"));

		assertThat(outcomes.get(base + "/ok").verdict()).isEqualTo(LinkVerdict.OK);
		assertThat(outcomes.get(base + "/moved").verdict()).isEqualTo(LinkVerdict.OK);
		assertThat(outcomes.get(base + "/gone").verdict()).isEqualTo(LinkVerdict.BROKEN);
		assertThat(outcomes.get(base + "/gone").cause()).isEqualTo("HTTP 404");
		assertThat(outcomes.get(base + "/firewall").verdict()).isEqualTo(LinkVerdict.UNVERIFIABLE);
		assertThat(outcomes.get(base + "/limit").verdict()).isEqualTo(LinkVerdict.UNVERIFIABLE);
		assertThat(outcomes.get(base + "/error").verdict()).isEqualTo(LinkVerdict.BROKEN);
		assertThat(outcomes.get("http://no-such-host.invalid/").verdict()).isEqualTo(LinkVerdict.BROKEN);
		assertThat(outcomes.get("https://www.bad.example/x").dangerous()).isTrue();
	}

	@Test
	void aDangerousLinkIsFlaggedWithoutARequestEvenWhenOutboundLinksAreNotRequested() {
		OutboundLinks links = new OutboundLinks(guard, Duration.ZERO, 4, List.of("bad.example"));

		Map<String, OutboundLinks.Outcome> outcomes = links.check(List.of(base + "/gone", "http://bad.example/"), false);

		assertThat(outcomes).containsOnlyKeys("http://bad.example/");
		assertThat(requests).hasValue(0);
	}

	@Test
	void anAddressOfThePlatformsOwnNetworksIsUnverifiableNotBroken() {
		FetchGuard strict = new FetchGuard(new FetchGuard.Settings(Set.of(), Duration.ofSeconds(5), 1_000_000, 5));

		Map<String, OutboundLinks.Outcome> outcomes = new OutboundLinks(strict, Duration.ZERO, 4, List.of())
			.check(List.of(base + "/gone"));

		assertThat(outcomes.get(base + "/gone").verdict()).isEqualTo(LinkVerdict.UNVERIFIABLE);
		assertThat(requests).hasValue(0);
	}

	@Test
	void oneRequestAtATimePerHost() {
		AtomicInteger inFlight = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		server.createContext("/slow", exchange -> {
			most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
			try {
				Thread.sleep(30);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			inFlight.decrementAndGet();
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});

		new OutboundLinks(guard, Duration.ZERO, 8, List.of())
			.check(List.of(base + "/slow/1", base + "/slow/2", base + "/slow/3", base + "/slow/4"));

		assertThat(most).hasValue(1);
	}
}
