package org.govsite.servicecatalog;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import org.govsite.platform.FetchGuard;
import org.govsite.platform.RuleViolation;
import org.govsite.servicecatalog.internal.CaseFeedProperties;
import org.govsite.servicecatalog.internal.JsonFeedCaseStatusSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 办件查询 through the default adapter: a JSON feed served on 127.0.0.1 (allowed by name, as an
 * operator would allow the provincial system's host), read once per refresh period.
 */
class JsonFeedCaseStatusSourceTests {

	private static final String FEED = """
			[{"number": "BJ2026-000123", "item": "出生登记", "siteCode": "4600000001", "target": "PERSON",
			  "state": "已办结", "acceptedOn": "2026-03-02", "finishedOn": "2026-03-05", "online": true},
			 {"number": "QY2026-000007", "item": "企业开办", "siteCode": "4600000001", "target": "LEGAL_PERSON",
			  "state": "办理中", "acceptedOn": "2026-04-01", "finishedOn": null, "online": false},
			 {"number": "BJ2025-000999", "item": "出生登记", "siteCode": "4600000001", "target": "PERSON",
			  "state": "已办结", "acceptedOn": "2025-12-30", "finishedOn": "2026-01-04", "online": true}]""";

	HttpServer server;

	AtomicInteger reads = new AtomicInteger();

	CaseQueries queries;

	@BeforeEach
	void serve() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/cases.json", exchange -> {
			reads.incrementAndGet();
			byte[] body = FEED.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.start();
		FetchGuard guard = new FetchGuard(new FetchGuard.Settings(Set.of("127.0.0.1"), Duration.ofSeconds(5), 1_000_000, 0));
		String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/cases.json";
		queries = new CaseQueries(
				new JsonFeedCaseStatusSource(new CaseFeedProperties(url, Duration.ofMinutes(5), 30), guard, Clock.systemUTC()));
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	@Test
	void findsACaseByItsNumber() {
		assertThat(queries.find(" BJ2026-000123 ")).contains(new CaseStatus("BJ2026-000123", "出生登记", "4600000001",
				ServiceTarget.PERSON, "已办结", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 5), true));
		assertThat(queries.find("QY2026-000007")).hasValueSatisfying(found -> assertThat(found.finishedOn()).isNull());
		assertThat(queries.find("XX2026-000000")).isEmpty();
		assertThat(reads).as("the feed is read once per refresh period").hasValue(1);
	}

	@Test
	void refusesANumberThatCannotBeOne() {
		assertThatThrownBy(() -> queries.find("../etc")).isInstanceOf(RuleViolation.class);
		assertThat(reads).hasValue(0);
	}

	@Test
	void countsASitesCasesOfAYear() {
		assertThat(queries.figures("4600000001", 2026)).isEqualTo(new CaseQueries.CaseFigures(2, 1, 1, 1));
		assertThat(queries.figures("4600000002", 2026)).isEqualTo(new CaseQueries.CaseFigures(0, 0, 0, 0));
	}
}
