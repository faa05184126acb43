package org.govsite.search.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Assumptions;

/**
 * A single OpenSearch node for tests, from the distribution Maven Central serves
 * ({@code org.opensearch.distribution.integ-test-zip:opensearch:3.6.0:zip}), unpacked once into
 * {@code target/opensearch}, listening on 127.0.0.1 only, stopped with its process tree.
 */
public final class OpenSearchNode implements AutoCloseable {

	static final String VERSION = "3.6.0";

	private static final Duration START_LIMIT = Duration.ofMinutes(5);

	private final Process process;

	private final URI url;

	private final Path logs;

	private OpenSearchNode(Process process, URI url, Path logs) {
		this.process = process;
		this.url = url;
		this.logs = logs;
	}

	/** The distribution: {@code -Dgovsite.opensearch.zip}, or in the local Maven repository. */
	static Optional<Path> distribution() {
		String configured = System.getProperty("govsite.opensearch.zip");
		if (configured != null) {
			return Optional.of(Path.of(configured)).filter(Files::isRegularFile);
		}
		String repository = System.getProperty("maven.repo.local",
				Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
		Path zip = Path.of(repository, "org", "opensearch", "distribution", "integ-test-zip", "opensearch", VERSION,
				"opensearch-" + VERSION + ".zip");
		return Optional.of(zip).filter(Files::isRegularFile);
	}

	/** A started node; the test is skipped, saying why, when the distribution is not there. */
	public static OpenSearchNode startOrSkip() throws IOException, InterruptedException {
		Path zip = distribution().orElse(null);
		Assumptions.assumeTrue(zip != null, "the OpenSearch distribution org.opensearch.distribution.integ-test-zip:opensearch:"
				+ VERSION + ":zip is not in the local Maven repository (README: Search on OpenSearch)");
		return start(zip);
	}

	static OpenSearchNode start(Path zip) throws IOException, InterruptedException {
		Path home = unpacked(zip);
		Path run = Files.createTempDirectory(Path.of("target", "opensearch"), "node-").toAbsolutePath();
		Path data = Files.createDirectories(run.resolve("data"));
		Path logs = Files.createDirectories(run.resolve("logs"));
		Path tmp = Files.createDirectories(run.resolve("tmp"));
		int http = freePort();
		int transport = freePort();
		List<String> command = new ArrayList<>();
		// OpenSearch refuses to run as root
		if ("root".equals(System.getProperty("user.name"))) {
			run("chmod", "-R", "a+rwX", home.resolve("config").toString(), home.resolve("logs").toString(), run.toString());
			command.addAll(List.of("runuser", "-u", "nobody", "--"));
		}
		command.addAll(List.of(home.resolve("bin/opensearch").toString(), "-Ediscovery.type=single-node",
				"-Enetwork.host=127.0.0.1", "-Ehttp.port=" + http, "-Etransport.port=" + transport, "-Epath.data=" + data,
				"-Epath.logs=" + logs));
		ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
			.redirectErrorStream(true)
			.redirectOutput(logs.resolve("console.log").toFile());
		builder.environment().put("OPENSEARCH_JAVA_HOME", System.getProperty("java.home"));
		builder.environment().put("OPENSEARCH_JAVA_OPTS", "-Xms512m -Xmx512m");
		builder.environment().put("OPENSEARCH_TMPDIR", tmp.toString());
		OpenSearchNode node = new OpenSearchNode(builder.start(), URI.create("http://127.0.0.1:" + http), logs);
		try {
			node.awaitAnswer();
		}
		catch (IOException | RuntimeException | InterruptedException e) {
			node.close();
			throw e;
		}
		return node;
	}

	public URI url() {
		return url;
	}

	private void awaitAnswer() throws IOException, InterruptedException {
		long deadline = System.nanoTime() + START_LIMIT.toNanos();
		try (HttpClient client = HttpClient.newHttpClient()) {
			while (System.nanoTime() < deadline) {
				if (!process.isAlive()) {
					throw new IllegalStateException("OpenSearch stopped while starting: " + consoleTail());
				}
				try {
					HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).build(),
							HttpResponse.BodyHandlers.discarding());
					if (answer.statusCode() == 200) {
						return;
					}
				}
				catch (IOException notYet) {
					// still starting
				}
				Thread.sleep(1000);
			}
		}
		throw new IllegalStateException("OpenSearch did not answer within " + START_LIMIT + ": " + consoleTail());
	}

	private String consoleTail() throws IOException {
		List<String> lines = Files.readAllLines(logs.resolve("console.log"));
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
	}

	/** Unpacked once per build folder; the bin scripts made executable (zip entries carry no mode here). */
	private static Path unpacked(Path zip) throws IOException {
		Path target = Files.createDirectories(Path.of("target", "opensearch")).toAbsolutePath();
		Path home = target.resolve("opensearch-" + VERSION);
		Path done = target.resolve("unpacked-" + VERSION);
		if (Files.exists(done)) {
			return home;
		}
		try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				Path out = target.resolve(entry.getName()).normalize();
				if (!out.startsWith(target)) {
					throw new IOException("zip entry outside the folder: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(out);
				}
				else {
					Files.createDirectories(out.getParent());
					Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		try (var scripts = Files.list(home.resolve("bin"))) {
			scripts.forEach(script -> script.toFile().setExecutable(true, false));
		}
		Files.createFile(done);
		return home;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).inheritIO().start();
		if (process.waitFor() != 0) {
			throw new IOException("failed: " + String.join(" ", command));
		}
	}

	@Override
	public void close() {
		List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
		tree.forEach(ProcessHandle::destroy);
		process.destroy();
		try {
			for (ProcessHandle handle : tree) {
				handle.onExit().get(30, TimeUnit.SECONDS);
			}
			process.waitFor(30, TimeUnit.SECONDS);
		}
		catch (Exception slow) {
			tree.forEach(ProcessHandle::destroyForcibly);
		}
		process.destroyForcibly();
	}
}
