package org.govsite.test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The tests' OpenID Connect provider answers its discovery document for its own issuer. */
class TestOidcProviderTests {

	@Test
	void theProviderPublishesItsDiscoveryDocument() throws Exception {
		TestOidcProvider.startFor("http://127.0.0.1:1/callback");
		HttpResponse<String> answer = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create(TestOidcProvider.ISSUER + "/.well-known/openid-configuration")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		assertThat(answer.body()).contains("\"issuer\":\"" + TestOidcProvider.ISSUER + "\"").contains("authorization_endpoint");
	}
}
