package org.govsite.platform;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/** A process in role {@code public} has nothing of the back office: its paths do not exist. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "govsite.role=public")
@AutoConfigureRestTestClient
@Tag("database")
class PublicRoleTests {

	@Autowired
	RestTestClient http;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlers;

	@Test
	void noHandlerServesTheConsoleOrTheApi() {
		assertThat(handlers.getHandlerMethods().keySet())
			.flatExtracting(info -> info.getPatternValues())
			.isNotEmpty()
			.noneMatch(path -> path.startsWith("/admin") || path.startsWith("/api/v1") || path.startsWith("/login")
					|| path.startsWith("/setup") || path.startsWith("/activate"));
	}

	@Test
	void backOfficePathsAnswerNotFound() {
		for (String path : new String[] { "/admin", "/admin/accounts", "/api/v1/accounts", "/api/v1/me", "/login",
				"/v3/api-docs" }) {
			http.get().uri(path).exchange().expectStatus().isNotFound();
		}
		http.post().uri("/api/v1/accounts").exchange().expectStatus().isNotFound();
	}

	@Test
	void healthIsUp() {
		http.get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
	}
}
