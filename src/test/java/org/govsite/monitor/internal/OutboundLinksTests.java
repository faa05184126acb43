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
 * name that does not resolve is broken; a dangerous domain is flagged without a request; requests
 * are conditional once a page's validators are known, obey the host's robots.txt (read once per
 * host in a run) and keep to one at a time per host with the pause between them.
 */
class OutboundLinksTests {

	private HttpServer server;

	private final AtomicInteger requests = new AtomicInteger();

	private String base;

	private final AtomicInteger robotsRequests = new AtomicInteger();

	private final AtomicInteger privateRequests = new AtomicInteger();

	private final List<Long> starts = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

	private volatile String robotsTxt = "";

	private final FetchGuard guard = new FetchGuard(new FetchGuard.Settings(Set.of("127.0.0.1"), Duration.ofSeconds(5),
			1_000_000, 5));

	@BeforeEach
	void start() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", exchange -> {
			requests.incrementAndGet();
			starts.add(System.nanoTime());
			if (exchange.getRequestURI().getPath().equals("/robots.txt")) {
				robotsRequests.incrementAndGet();
				byte[] body = robotsTxt.getBytes(java.nio.charset.StandardCharsets.UTF_8);
				exchange.sendResponseHeaders(robotsTxt.isEmpty() ? 404 : 200, robotsTxt.isEmpty() ? -1 : body.length);
				exchange.getResponseBody().write(body);
				exchange.close();
				return;
			}
			if (exchange.getRequestURI().getPath().startsWith("/private/")) {
				privateRequests.incrementAndGet();
			}
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

	@Test
	void aLinkCheckedBeforeIsRequestedConditionallyAndA304IsFine() {
		List<String> conditions = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
		AtomicInteger bodies = new AtomicInteger();
		server.createContext("/tagged", exchange -> {
			String etag = exchange.getRequestHeaders().getFirst("If-None-Match");
			String since = exchange.getRequestHeaders().getFirst("If-Modified-Since");
			conditions.add(etag + " | " + since);
			exchange.getResponseHeaders().add("ETag", "\"v1\"");
			exchange.getResponseHeaders().add("Last-Modified", "Tue, 01 Dec 2026 08:00:00 GMT");
			if ("\"v1\"".equals(etag)) {
				exchange.sendResponseHeaders(304, -1);
			}
			else {
				bodies.incrementAndGet();
				byte[] body = "<html>政策原文</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
				exchange.sendResponseHeaders(200, body.length);
				exchange.getResponseBody().write(body);
			}
			exchange.close();
		});
		OutboundLinks links = new OutboundLinks(guard, Duration.ZERO, 4, List.of(), LinkValidators.inMemory());

		assertThat(links.check(List.of(base + "/tagged")).get(base + "/tagged").verdict()).isEqualTo(LinkVerdict.OK);
		OutboundLinks.Outcome again = links.check(List.of(base + "/tagged")).get(base + "/tagged");

		assertThat(conditions).containsExactly("null | null", "\"v1\" | Tue, 01 Dec 2026 08:00:00 GMT");
		assertThat(again.verdict()).isEqualTo(LinkVerdict.OK);
		assertThat(again.cause()).isEqualTo("HTTP 304");
		assertThat(bodies).as("the unchanged page was not sent again").hasValue(1);
	}

	@Test
	void linksTheHostsRobotsTxtDisallowsAreNotRequestedAndAreUnverifiable() {
		robotsTxt = "User-agent: *\nDisallow: /private/\n";
		OutboundLinks links = new OutboundLinks(guard, Duration.ZERO, 8, List.of());

		Map<String, OutboundLinks.Outcome> outcomes = links.check(List.of(base + "/private/a", base + "/private/b", base + "/ok",
				base + "/gone"));

		assertThat(outcomes.get(base + "/private/a").verdict()).isEqualTo(LinkVerdict.UNVERIFIABLE);
		assertThat(outcomes.get(base + "/private/a").cause()).contains("robots.txt");
		assertThat(outcomes.get(base + "/private/b").verdict()).isEqualTo(LinkVerdict.UNVERIFIABLE);
		assertThat(outcomes.get(base + "/ok").verdict()).isEqualTo(LinkVerdict.OK);
		assertThat(outcomes.get(base + "/gone").verdict()).isEqualTo(LinkVerdict.BROKEN);
		assertThat(privateRequests).hasValue(0);
		assertThat(robotsRequests).as("read once for the host in the run").hasValue(1);

		links.check(List.of(base + "/ok"));
		assertThat(robotsRequests).as("read again in the next run").hasValue(2);
	}

	@Test
	void robotsTxtRulesForTheCheckersOwnNameApply() {
		robotsTxt = "User-agent: GovSite\nDisallow: /\n\nUser-agent: *\nAllow: /\n";

		Map<String, OutboundLinks.Outcome> outcomes = new OutboundLinks(guard, Duration.ZERO, 4, List.of())
			.check(List.of(base + "/ok"));

		assertThat(outcomes.get(base + "/ok").verdict()).isEqualTo(LinkVerdict.UNVERIFIABLE);
		assertThat(requests).as("only the robots.txt").hasValue(1);
	}

	@Test
	void requestsToOneHostAreSpacedByThePause() {
		Duration pause = Duration.ofMillis(100);

		new OutboundLinks(guard, pause, 8, List.of()).check(List.of(base + "/ok", base + "/gone", base + "/limit"));

		List<Long> times = List.copyOf(starts);
		assertThat(times).as("robots.txt and three links").hasSize(4);
		for (int i = 1; i < times.size(); i++) {
			assertThat(times.get(i) - times.get(i - 1)).as("gap before request " + i).isGreaterThanOrEqualTo(pause.toNanos());
		}
	}
}
