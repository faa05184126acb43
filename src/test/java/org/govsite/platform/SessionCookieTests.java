package org.govsite.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.govsite.test.BrowserTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session cookie as the real servlet container sets it (MockMvc sets none): Secure whenever the
 * request came over TLS, also when a TLS-terminating proxy on this machine says so in
 * X-Forwarded-Proto. Runs in the browser tests' context, the one that listens on a port, without
 * opening a browser.
 */
@BrowserTest
class SessionCookieTests {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theSessionCookieIsSecureWhenTheProxyReceivedTheRequestOverTls() throws Exception {
		List<String> cookies = sessionCookies("https");
		assertThat(cookies).singleElement().satisfies(cookie -> assertThat(cookie)
			.containsIgnoringCase("; Secure")
			.containsIgnoringCase("; HttpOnly")
			.containsIgnoringCase("SameSite=Lax"));
	}

	@Test
	void theSessionCookieOfAPlainHttpRequestIsNotSecureSoTheLocalDemoWorks() throws Exception {
		List<String> cookies = sessionCookies(null);
		assertThat(cookies).singleElement().satisfies(cookie -> assertThat(cookie)
			.doesNotContainIgnoringCase("Secure")
			.containsIgnoringCase("; HttpOnly"));
	}

	private List<String> sessionCookies(String forwardedProto) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).GET();
		if (forwardedProto != null) {
			request.header("X-Forwarded-Proto", forwardedProto);
		}
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).toList();
	}
}
