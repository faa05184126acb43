package org.govsite.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import com.sun.net.httpserver.HttpServer;

import org.govsite.platform.FetchGuard;
import org.govsite.servicecatalog.CaseStatusSource;
import org.govsite.servicecatalog.internal.CaseFeedProperties;
import org.govsite.servicecatalog.internal.JsonFeedCaseStatusSource;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A provincial 政务服务 system's feed of applications for the browser tests: served over HTTP on
 * 127.0.0.1 for as long as the context lives, and read by the default adapter
 * ({@link JsonFeedCaseStatusSource}) through a fetch guard that allows that host only, as an
 * operator would allow the provincial system's. It knows the cases below and no other.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestCaseFeed {

	/** A case the feed knows: 出生登记, finished, handled online. */
	public static final String KNOWN_CASE = "BJ2026-000123";

	static final String FEED = """
			[{"number": "BJ2026-000123", "item": "出生登记", "siteCode": "4600000001", "target": "PERSON",
			  "state": "已办结", "acceptedOn": "2026-03-02", "finishedOn": "2026-03-05", "online": true},
			 {"number": "QY2026-000007", "item": "企业开办", "siteCode": "4600000001", "target": "LEGAL_PERSON",
			  "state": "办理中", "acceptedOn": "2026-04-01", "finishedOn": null, "online": false}]""";

	@Bean(destroyMethod = "stop")
	Server testCaseFeedServer() {
		return new Server();
	}

	@Bean
	@Primary
	CaseStatusSource testCaseStatusSource(Server server, Clock clock) {
		FetchGuard guard = new FetchGuard(new FetchGuard.Settings(Set.of("127.0.0.1"), Duration.ofSeconds(5), 1_000_000, 0));
		return new JsonFeedCaseStatusSource(new CaseFeedProperties(server.url(), Duration.ofMinutes(5), 30), guard, clock);
	}

	/** The feed's HTTP server on a free loopback port. */
	public static final class Server {

		private final HttpServer http;

		Server() {
			try {
				http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			http.createContext("/cases.json", exchange -> {
				byte[] body = FEED.getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, body.length);
				exchange.getResponseBody().write(body);
				exchange.close();
			});
			http.start();
		}

		String url() {
			return "http://127.0.0.1:" + http.getAddress().getPort() + "/cases.json";
		}

		void stop() {
			http.stop(0);
		}
	}
}
