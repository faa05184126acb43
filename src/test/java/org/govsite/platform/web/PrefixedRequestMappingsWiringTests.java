package org.govsite.platform.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/** The application's controllers are mapped by {@link PrefixedRequestMappings}, and answer through it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class PrefixedRequestMappingsWiringTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	RestTestClient http;

	@Test
	void theApplicationMapsItsControllersThroughIt() {
		assertThat(mappings).isInstanceOf(PrefixedRequestMappings.class);
		http.get().uri("/api/public/sites/0000000000/mailboxes").exchange().expectStatus().isOk().expectBody()
			.json("[]");
	}
}
