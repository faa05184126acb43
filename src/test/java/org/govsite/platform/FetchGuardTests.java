package org.govsite.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Server-side request forgery: the platform fetches only what lies outside its own networks. */
class FetchGuardTests {

	private final FetchGuard guard = new FetchGuard(new FetchGuard.Settings(Set.of(), Duration.ofSeconds(5), 1024, 3));

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1/", "http://localhost:8080/admin", "http://[::1]/", "http://0.0.0.0/",
			"http://10.1.2.3/", "http://172.16.0.1/", "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data/",
			"http://100.64.0.1/", "http://[fd00::1]/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:10.0.0.1]/",
			"http://224.0.0.1/", "http://255.255.255.255/", "https://127.1/", "http://0x7f000001/" })
	void internalAddressesAreRefused(String address) {
		assertThatThrownBy(() -> guard.check(address)).isInstanceOf(RuleViolation.class)
			.extracting("code").isIn("platform.fetch.internal", "platform.fetch.unknownHost", "platform.fetch.malformed");
	}

	@ParameterizedTest
	@ValueSource(strings = { "file:///etc/passwd", "ftp://example.gov.cn/", "gopher://example.gov.cn/", "jar:http://x/!/",
			"javascript:alert(1)", "//example.gov.cn/" })
	void onlyHttpAndHttpsAreFetched(String address) {
		assertThatThrownBy(() -> guard.check(address)).isInstanceOf(RuleViolation.class)
			.extracting("code").isEqualTo("platform.fetch.scheme");
	}

	@Test
	void anAddressWithAUserNameIsRefused() {
		assertThatThrownBy(() -> guard.check("http://admin:secret@93.184.216.34/")).isInstanceOf(RuleViolation.class)
			.extracting("code").isEqualTo("platform.fetch.userInfo");
	}

	@Test
	void aPublicAddressPasses() {
		assertThat(guard.check("https://93.184.216.34/zwgk/index.html").getHost()).isEqualTo("93.184.216.34");
		assertThat(FetchGuard.internal(InetAddress.getLoopbackAddress())).isTrue();
	}

	@Test
	void anAllowedHostIsFetchedAndItsRedirectsToOtherInternalHostsAreNot() throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/page", exchange -> answer(exchange, 200, "旧网站的页面"));
		server.createContext("/big", exchange -> answer(exchange, 200, "很".repeat(1000)));
		server.createContext("/away", exchange -> {
			exchange.getResponseHeaders().add("Location", "http://127.0.0.2:" + server.getAddress().getPort() + "/page");
			answer(exchange, 302, "");
		});
		server.createContext("/here", exchange -> {
			exchange.getResponseHeaders().add("Location", "/page");
			answer(exchange, 301, "");
		});
		server.start();
		try {
			String base = "http://127.0.0.1:" + server.getAddress().getPort();
			FetchGuard allowing = new FetchGuard(new FetchGuard.Settings(Set.of("127.0.0.1"), Duration.ofSeconds(5), 1024, 3));

			assertThat(new String(allowing.get(base + "/page").body(), StandardCharsets.UTF_8)).isEqualTo("旧网站的页面");
			assertThat(allowing.get(base + "/here").uri().getPath()).isEqualTo("/page");
			assertThatThrownBy(() -> allowing.get(base + "/away")).isInstanceOf(RuleViolation.class)
				.extracting("code").isEqualTo("platform.fetch.internal");
			assertThatThrownBy(() -> allowing.get(base + "/big")).isInstanceOf(RuleViolation.class)
				.extracting("code").isEqualTo("platform.fetch.tooLarge");
			assertThatThrownBy(() -> guard.get(base + "/page")).isInstanceOf(RuleViolation.class)
				.extracting("code").isEqualTo("platform.fetch.internal");
			assertThat(guard.allowing("127.0.0.1").get(base + "/page").status()).isEqualTo(200);
			assertThatThrownBy(() -> guard.allowing("127.0.0.1").get(base + "/away")).isInstanceOf(RuleViolation.class)
				.extracting("code").isEqualTo("platform.fetch.internal");
		}
		finally {
			server.stop(0);
		}
	}

	private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String text) throws IOException {
		byte[] body = text.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	@Test
	void aResolvedAddressMayBeConnectedToWhenPublicOrAllowedByHostOrAddress() throws Exception {
		FetchGuard allowing = new FetchGuard(
				new FetchGuard.Settings(Set.of("intranet.example.gov.cn", "127.0.0.1"), Duration.ofSeconds(5), 1024, 3));
		InetAddress internal = InetAddress.getByAddress(new byte[] { 10, 0, 0, 1 });
		InetAddress loopback = InetAddress.getByAddress(new byte[] { 127, 0, 0, 1 });
		InetAddress published = InetAddress.getByAddress(new byte[] { (byte) 202, 96, (byte) 128, 86 });
		assertThat(guard.mayConnect("www.example.gov.cn", internal)).isFalse();
		assertThat(guard.mayConnect("www.example.gov.cn", loopback)).isFalse();
		assertThat(guard.mayConnect("www.example.gov.cn", published)).isTrue();
		assertThat(allowing.mayConnect("intranet.example.gov.cn", internal)).isTrue();
		assertThat(allowing.mayConnect("www.example.gov.cn", loopback)).isTrue();
		assertThat(allowing.mayConnect("www.example.gov.cn", internal)).isFalse();
	}
}
