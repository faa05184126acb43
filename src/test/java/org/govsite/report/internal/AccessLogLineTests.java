package org.govsite.report.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** nginx's access log lines in the govsite format of deploy/nginx/govsite.conf. */
class AccessLogLineTests {

	@Test
	void readsALineOfTheFormat() {
		AccessLogLine line = AccessLogLine.parse("203.0.113.7 - - [06/Dec/2026:10:00:00 +0800] \"GET /xwdt/index.html?x=1 HTTP/2.0\" 200 5120"
				+ " \"https://www.baidu.com/s?wd=\\\"a\\\"\" \"Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0\" 4416020005").orElseThrow();
		assertThat(line.address()).isEqualTo("203.0.113.7");
		assertThat(line.time()).isEqualTo(OffsetDateTime.of(2026, 12, 6, 10, 0, 0, 0, ZoneOffset.ofHours(8)));
		assertThat(line.pagePath()).isEqualTo("/xwdt/index.html");
		assertThat(line.siteCode()).isEqualTo("4416020005");
		assertThat(line.pageView()).isTrue();
	}

	@Test
	void assetsErrorsAndOtherFormatsAreNoPageViews() {
		assertThat(AccessLogLine.parse("203.0.113.7 - - [06/Dec/2026:10:00:00 +0800] \"GET /assets/site.css HTTP/2.0\" 200 10 \"-\" \"M\" 1")
			.orElseThrow().pageView()).isFalse();
		assertThat(AccessLogLine.parse("203.0.113.7 - - [06/Dec/2026:10:00:00 +0800] \"GET /nope.html HTTP/2.0\" 404 10 \"-\" \"M\" 1")
			.orElseThrow().pageView()).isFalse();
		assertThat(AccessLogLine.parse("203.0.113.7 - - [06/Dec/2026:10:00:00 +0800] \"POST / HTTP/2.0\" 200 10 \"-\" \"M\" 1")
			.orElseThrow().pageView()).isFalse();
		assertThat(AccessLogLine.parse("garbage")).isEmpty();
	}
}
