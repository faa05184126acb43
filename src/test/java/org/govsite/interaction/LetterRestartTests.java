package org.govsite.interaction;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.govsite.GovSiteApplication;
import org.govsite.interaction.LetterFixtures.Desk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An accepted letter is committed before the writer gets the answer: the application and its own
 * embedded PostgreSQL (under a data folder of the test's) are stopped after the answer and started
 * again on the same folder, and the query code still finds the letter and its deadline. The
 * application runs as in production, over HTTP on loopback, not in the shared test context.
 */
@Tag("database")
class LetterRestartTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private Path dataDir;

	private ConfigurableApplicationContext running;

	@Test
	void aLetterAnsweredSurvivesARestartOfTheApplicationAndOfItsDatabase() throws Exception {
		dataDir = Files.createTempDirectory("govsite-restart");
		running = start();
		Desk desk = running.getBean(LetterFixtures.class).desk(false);
		JsonNode challenge = JSON.readTree(send(HttpRequest.newBuilder(uri("/api/public/letters/challenge")).GET(), 200));
		String solution = ProofOfWork.solve(new ProofOfWork.Challenge(challenge.get("challenge").asString(),
				challenge.get("bits").asInt()));
		String letter = "{" + LetterFixtures.letter("13912345678", "重启后仍在") + ",\"challenge\":\""
				+ challenge.get("challenge").asString() + "\",\"solution\":\"" + solution + "\"}";
		JsonNode receipt = JSON.readTree(send(HttpRequest.newBuilder(uri("/api/public/mailboxes/" + desk.mailbox() + "/letters"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(letter)), 201));
		String code = receipt.get("queryCode").asString();
		String replyBy = receipt.get("replyBy").asString();

		// the context's close stops its embedded PostgreSQL (a bean of it); the second start runs a new one on the folder
		running.close();
		assertThat(dataDir.resolve("postgres/postmaster.pid")).doesNotExist();
		running = start();

		JsonNode status = JSON.readTree(send(HttpRequest.newBuilder(uri("/api/public/letters/" + code)).GET(), 200));
		assertThat(status.get("subject").asString()).isEqualTo("重启后仍在");
		assertThat(status.get("replyBy").asString()).isEqualTo(replyBy);
		assertThat(status.get("state").asString()).isEqualTo(LetterState.RECEIVED.name());
	}

	@AfterEach
	void stop() throws IOException {
		if (running != null) {
			running.close();
		}
		if (dataDir != null) {
			try (Stream<Path> files = Files.walk(dataDir)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	/** The application with role all on loopback and a free port, its database under the test's folder; no demo. */
	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(GovSiteApplication.class).run("--govsite.role=all", "--server.address=127.0.0.1",
				"--server.port=0", "--govsite.data-dir=" + dataDir, "--govsite.demo.enabled=false",
				"--govsite.search.index-dir=" + dataDir.resolve("search"), "--logging.level.root=WARN");
	}

	private URI uri(String path) {
		int port = ((WebServerApplicationContext) running).getWebServer().getPort();
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private String send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
		return response.body();
	}
}
