package org.govsite.monitor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import com.sun.net.httpserver.HttpServer;
import org.govsite.content.ContentFinding;
import org.govsite.platform.FetchGuard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

/** A document's links in the editor: a dangerous domain blocks, a link that is gone warns, a working one says nothing. */
class DocumentLinkCheckTests {

	private HttpServer server;

	private String base;

	private DocumentLinkCheck check;

	@BeforeEach
	void start() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", exchange -> {
			exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/ok") ? 200 : 404, -1);
			exchange.close();
		});
		server.start();
		base = "http://127.0.0.1:" + server.getAddress().getPort();
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/monitor");
		messages.setDefaultEncoding("UTF-8");
		FetchGuard guard = new FetchGuard(new FetchGuard.Settings(Set.of("127.0.0.1"), Duration.ofSeconds(5), 1_000_000, 5));
		check = new DocumentLinkCheck(new OutboundLinks(guard, Duration.ZERO, 4, List.of("bad.example")), true,
				new Texts(messages));
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	@Test
	void warnsOfABrokenLinkAndBlocksADangerousOne() {
		List<ContentFinding> findings = check.check("通知", "<p><a href=\"" + base + "/ok\">好</a> <a href=\"" + base
				+ "/gone\">旧</a> <a href=\"https://x.bad.example/\">坏</a> <a href=\"../art/1.html\">站内</a></p>");

		assertThat(findings).hasSize(2);
		assertThat(findings).anySatisfy(finding -> {
			assertThat(finding.checker()).isEqualTo("链接检查");
			assertThat(finding.excerpt()).isEqualTo(base + "/gone");
			assertThat(finding.message()).isEqualTo("链接 " + base + "/gone 不可用（HTTP 404），请核实。");
			assertThat(finding.blocking()).isFalse();
		});
		assertThat(findings).anySatisfy(finding -> {
			assertThat(finding.excerpt()).isEqualTo("https://x.bad.example/");
			assertThat(finding.blocking()).isTrue();
		});
	}

	@Test
	void saysNothingOfATextWithoutOutboundLinks() {
		assertThat(check.check("通知", "<p>正文，<a href=\"#top\">回到顶部</a></p>")).isEmpty();
	}
}
