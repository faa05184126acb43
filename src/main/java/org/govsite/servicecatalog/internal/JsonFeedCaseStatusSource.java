package org.govsite.servicecatalog.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.govsite.platform.FetchGuard;
import org.govsite.servicecatalog.CaseStatus;
import org.govsite.servicecatalog.CaseStatusSource;
import org.govsite.servicecatalog.ServiceTarget;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The default {@link CaseStatusSource}: a JSON feed the 政务服务 system publishes, fetched through
 * {@link FetchGuard} and kept for {@code refresh}. The feed is an array of cases:
 * <pre>
 * [{"number": "BJ2026-000123", "item": "出生登记", "siteCode": "4600000001", "target": "PERSON",
 *   "state": "已办结", "acceptedOn": "2026-03-02", "finishedOn": "2026-03-05", "online": true}]
 * </pre>
 * A feed that cannot be read keeps the last one read (logged), so a passing outage answers with
 * slightly old states rather than none.
 */
public class JsonFeedCaseStatusSource implements CaseStatusSource {

	private static final Logger log = LoggerFactory.getLogger(JsonFeedCaseStatusSource.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final CaseFeedProperties properties;

	private final FetchGuard fetch;

	private final Clock clock;

	private volatile Snapshot snapshot = new Snapshot(Instant.EPOCH, Map.of());

	private record Snapshot(Instant readAt, Map<String, CaseStatus> byNumber) {
	}

	public JsonFeedCaseStatusSource(CaseFeedProperties properties, FetchGuard fetch, Clock clock) {
		this.properties = properties;
		this.fetch = fetch;
		this.clock = clock;
	}

	@Override
	public Optional<CaseStatus> find(String number) {
		return Optional.ofNullable(current().get(number));
	}

	@Override
	public List<CaseStatus> ofSite(String siteCode) {
		return current().values().stream().filter(c -> siteCode.equals(c.siteCode())).toList();
	}

	private Map<String, CaseStatus> current() {
		Snapshot now = snapshot;
		if (properties.url() == null || properties.url().isBlank()) {
			return Map.of();
		}
		if (now.readAt().plus(properties.refresh()).isAfter(clock.instant())) {
			return now.byNumber();
		}
		synchronized (this) {
			if (snapshot != now) {
				return snapshot.byNumber();
			}
			try {
				FetchGuard.Fetched fetched = fetch.get(properties.url());
				if (fetched.status() != 200) {
					throw new IOException("status " + fetched.status());
				}
				snapshot = new Snapshot(clock.instant(), parse(fetched.body()));
			}
			catch (IOException | RuntimeException e) {
				log.warn("The case feed {} could not be read, keeping the last one read: {}", properties.url(), e.toString());
				snapshot = new Snapshot(clock.instant(), now.byNumber());
			}
			return snapshot.byNumber();
		}
	}

	static Map<String, CaseStatus> parse(byte[] json) {
		JsonNode root = JSON.readTree(json);
		List<CaseStatus> cases = new ArrayList<>();
		for (JsonNode node : root) {
			cases.add(new CaseStatus(node.get("number").asString(), node.get("item").asString(), text(node, "siteCode"),
					ServiceTarget.valueOf(node.get("target").asString()), node.get("state").asString(),
					LocalDate.parse(node.get("acceptedOn").asString()), date(text(node, "finishedOn")),
					node.path("online").asBoolean(false)));
		}
		return cases.stream().collect(Collectors.toUnmodifiableMap(CaseStatus::number, Function.identity(), (a, b) -> b));
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}

	private static @Nullable LocalDate date(@Nullable String text) {
		return text == null ? null : LocalDate.parse(text);
	}
}
