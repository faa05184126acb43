package org.govsite.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * S3Mock, a real S3-compatible server (Adobe's, from Maven Central), run from its executable jar in a
 * child JVM: it is a Spring Boot application of its own, on another Spring Boot than ours, so it
 * cannot share this JVM's class path. The build copies the jar to {@code target/s3mock/} (see the
 * dependency plugin in pom.xml). Listens on loopback only, plain HTTP, on a free port.
 */
public final class S3MockServer implements AutoCloseable {

	private static final Path JAR = Path.of("target", "s3mock", "s3mock-exec.jar");

	/** Its start is a Spring Boot start, slow on a loaded machine: this bounds the wait, not a speed. */
	private static final Duration START_LIMIT = Duration.ofMinutes(3);

	private final Process process;

	private final URI endpoint;

	private S3MockServer(Process process, URI endpoint) {
		this.process = process;
		this.endpoint = endpoint;
	}

	/** Starts the server with these buckets made, its objects under a new temporary folder. */
	public static S3MockServer start(String... buckets) {
		if (!Files.isRegularFile(JAR)) {
			throw new IllegalStateException("S3Mock's jar is missing at " + JAR.toAbsolutePath()
					+ ": run the build's generate-test-resources phase (./mvnw test-compile)");
		}
		try {
			Path root = Files.createTempDirectory("govsite-s3mock-");
			int http = freePort();
			int https = freePort();
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			Process process = new ProcessBuilder(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar",
					JAR.toAbsolutePath().toString(), "--server.address=127.0.0.1", "--http.port=" + http,
					"--server.port=" + https, "--com.adobe.testing.s3mock.store.root=" + root,
					"--com.adobe.testing.s3mock.store.initial-buckets=" + String.join(",", buckets),
					"--spring.main.banner-mode=off"))
				.redirectErrorStream(true)
				.redirectOutput(JAR.resolveSibling("s3mock.log").toFile())
				.start();
			S3MockServer server = new S3MockServer(process, URI.create("http://127.0.0.1:" + http));
			server.awaitStarted(buckets.length == 0 ? "" : buckets[0]);
			return server;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public URI endpoint() {
		return endpoint;
	}

	private void awaitStarted(String bucket) {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + START_LIMIT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("S3Mock stopped while starting (exit " + process.exitValue() + "); see "
						+ JAR.resolveSibling("s3mock.log").toAbsolutePath());
			}
			try {
				HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(endpoint.resolve("/" + bucket)).method("HEAD",
						HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
				if (answer.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		close();
		throw new IllegalStateException("S3Mock did not start within " + START_LIMIT);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@Override
	public void close() {
		process.destroy();
		try {
			if (!process.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(20), java.util.concurrent.TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
			}
		}
		catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}
}
