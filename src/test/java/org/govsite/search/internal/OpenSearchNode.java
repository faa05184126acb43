package org.govsite.search.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Assumptions;

/**
 * A single OpenSearch node for tests, from the distribution Maven Central serves
 * ({@code org.opensearch.distribution.integ-test-zip:opensearch:3.6.0:zip}), unpacked once into
 * a folder the node's user reaches ({@link #folder}), listening on 127.0.0.1 only, stopped with
 * its process tree.
 */
public final class OpenSearchNode implements AutoCloseable {

	static final String VERSION = "3.6.0";

	private static final Duration START_LIMIT = Duration.ofMinutes(5);

	private final Process process;

	private final URI url;

	/** The node's own files (settings, data, logs), removed when it stops: they are outside the build's folder. */
	private final Path run;

	private OpenSearchNode(Process process, URI url, Path run) {
		this.process = process;
		this.url = url;
		this.run = run;
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
		// OpenSearch refuses to run as root: then it runs as nobody, who must reach its files
		boolean asNobody = "root".equals(System.getProperty("user.name"));
		Path folder = folder(Path.of("target").toAbsolutePath(), asNobody, temporaryFolders()).orElse(null);
		Assumptions.assumeTrue(folder != null, "no folder for the OpenSearch node that the user nobody can reach: the build's"
				+ " folder has a parent closed to others (mode 0700) and neither java.io.tmpdir nor /var/tmp can take it");
		Path home = unpacked(zip, folder);
		Path run = Files.createTempDirectory(folder, "node-");
		Path data = Files.createDirectories(run.resolve("data"));
		Path logs = Files.createDirectories(run.resolve("logs"));
		Path tmp = Files.createDirectories(run.resolve("tmp"));
		// each node its own settings: OpenSearch writes its keystore there, and nodes of other builds share the home
		Path config = run.resolve("config");
		copy(home.resolve("config"), config);
		// the JVM's own logs and dumps, relative to the home its script runs in: into the node's folder instead
		Path options = config.resolve("jvm.options");
		Files.writeString(options, Files.readString(options)
			.replace("file=logs/", "file=" + logs + "/")
			.replace(":logs/", ":" + logs + "/")
			.replace("=logs/", "=" + logs + "/")
			.replace("HeapDumpPath=data", "HeapDumpPath=" + data));
		int http = freePort();
		int transport = freePort();
		List<String> command = new ArrayList<>();
		if (asNobody) {
			run("chmod", "-R", "a+rwX", run.toString());
			command.addAll(List.of("runuser", "-u", "nobody", "--"));
		}
		command.addAll(List.of(home.resolve("bin/opensearch").toString(), "-Ediscovery.type=single-node",
				"-Enetwork.host=127.0.0.1", "-Ehttp.port=" + http, "-Etransport.port=" + transport, "-Epath.data=" + data,
				"-Epath.logs=" + logs));
		ProcessBuilder builder = new ProcessBuilder(command).directory(run.toFile())
			.redirectErrorStream(true)
			.redirectOutput(logs.resolve("console.log").toFile());
		builder.environment().put("OPENSEARCH_JAVA_HOME", System.getProperty("java.home"));
		builder.environment().put("OPENSEARCH_JAVA_OPTS", "-Xms512m -Xmx512m");
		builder.environment().put("OPENSEARCH_TMPDIR", tmp.toString());
		builder.environment().put("OPENSEARCH_PATH_CONF", config.toString());
		OpenSearchNode node = new OpenSearchNode(builder.start(), URI.create("http://127.0.0.1:" + http), run);
		try {
			node.awaitAnswer();
		}
		catch (IOException | RuntimeException | InterruptedException e) {
			node.close();
			throw e;
		}
		return node;
	}

	/** Where a node may go besides the build: the JVM's temporary folder, then /var/tmp. */
	private static List<Path> temporaryFolders() {
		return List.of(Path.of(System.getProperty("java.io.tmpdir")), Path.of("/var/tmp"));
	}

	/**
	 * The folder for the distribution and the nodes' files: the build's {@code target/opensearch}
	 * when the node runs as this user or the user nobody reaches it; else {@code govsite-opensearch-<user>}
	 * in the first temporary folder nobody reaches (a clone under {@code mktemp -d} is in a folder
	 * of mode 0700); empty when there is none.
	 */
	static Optional<Path> folder(Path build, boolean asNobody, List<Path> temporary) throws IOException {
		Path own = build.resolve("opensearch");
		if (!asNobody) {
			return Optional.of(Files.createDirectories(own));
		}
		if (reachableByOthers(build)) {
			Files.createDirectories(own);
			Files.setPosixFilePermissions(own, OPEN);
			return Optional.of(own);
		}
		for (Path candidate : temporary) {
			if (!reachableByOthers(candidate)) {
				continue;
			}
			Path folder = candidate.resolve("govsite-opensearch-" + System.getProperty("user.name"));
			try {
				Files.createDirectory(folder);
				Files.setPosixFilePermissions(folder, OPEN);
			}
			catch (FileAlreadyExistsException made) {
				// made by an earlier build: used only if it is ours, a folder and still open to others
			}
			if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
					&& Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"))
					&& reachableByOthers(folder)) {
				return Optional.of(folder);
			}
		}
		return Optional.empty();
	}

	/** Whether a user neither owner nor in the group reaches the folder: it and every parent open to others. */
	static boolean reachableByOthers(Path folder) throws IOException {
		for (Path step = folder.toAbsolutePath().normalize(); step != null; step = step.getParent()) {
			if (!Files.isDirectory(step) || !Files.getPosixFilePermissions(step).contains(PosixFilePermission.OTHERS_EXECUTE)) {
				return false;
			}
		}
		return true;
	}

	private static final Set<PosixFilePermission> OPEN = PosixFilePermissions.fromString("rwxr-xr-x");

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
		List<String> lines = Files.readAllLines(run.resolve("logs/console.log"));
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
	}

	/**
	 * Unpacked once per folder, shared by the builds that use it: into a folder of its own, then moved
	 * in whole, so that a build never sees half of it. Readable by all (the node may run as nobody,
	 * and a umask may have closed the files); the bin scripts made executable (zip entries carry no mode).
	 */
	private static Path unpacked(Path zip, Path folder) throws IOException, InterruptedException {
		Path home = folder.resolve("opensearch-" + VERSION);
		if (Files.isDirectory(home)) {
			return home;
		}
		Path unpacking = Files.createTempDirectory(folder, "unpacking-");
		try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				Path out = unpacking.resolve(entry.getName()).normalize();
				if (!out.startsWith(unpacking)) {
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
		Path unpacked = unpacking.resolve("opensearch-" + VERSION);
		try (var scripts = Files.list(unpacked.resolve("bin"))) {
			scripts.forEach(script -> script.toFile().setExecutable(true, false));
		}
		run("chmod", "-R", "a+rX", unpacking.toString());
		try {
			Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (FileAlreadyExistsException | DirectoryNotEmptyException another) {
			// another build unpacked it meanwhile
		}
		delete(unpacking);
		return home;
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Files.copy(file, to.resolve(from.relativize(file).toString()));
			}
		}
	}

	private static void delete(Path folder) throws IOException {
		if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
				Files.deleteIfExists(file);
			}
		}
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
		try {
			delete(run);
		}
		catch (IOException | UncheckedIOException left) {
			// a file the stopping node still wrote: the folder stays in the temporary folder
		}
	}
}
