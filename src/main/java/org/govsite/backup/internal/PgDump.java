package org.govsite.backup.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The server's own pg_dump and pg_restore (data only, custom format), for an external PostgreSQL
 * whose tools are at hand and as new as the server. Each runs as a process with a fixed list of
 * arguments, never through a shell; the password goes in {@code PGPASSWORD}, never on the command
 * line, where every user of the machine could read it.
 */
record PgDump(String pgDump, String pgRestore, String jdbcUrl, String user, @Nullable String password) {

	static final String FILE = "db/database.dump";

	/**
	 * The tools as configured, connecting as the owner (to restore: it empties the tables) or as the
	 * application's role (to back up: it reads every table).
	 */
	static PgDump of(org.springframework.core.env.Environment environment, boolean asOwner) {
		String url = environment.getRequiredProperty("spring.datasource.url");
		String owner = asOwner ? environment.getProperty("govsite.database.owner-user") : null;
		return new PgDump(environment.getProperty("govsite.backup.pg-dump", "pg_dump"),
				environment.getProperty("govsite.backup.pg-restore", "pg_restore"), url,
				owner != null ? owner : environment.getProperty("spring.datasource.username", ""),
				owner != null ? environment.getProperty("govsite.database.owner-password")
						: environment.getProperty("spring.datasource.password"));
	}

	List<String> dumpCommand(Path file) {
		List<String> command = new ArrayList<>(List.of(pgDump, "--format=custom", "--data-only", "--no-owner",
				"--no-privileges", "--exclude-table=" + DatabaseCopy.HISTORY, "--file=" + file));
		command.addAll(connection());
		return command;
	}

	List<String> restoreCommand(Path file) {
		List<String> command = new ArrayList<>(List.of(pgRestore, "--data-only", "--single-transaction", "--no-owner",
				"--no-privileges", "--exit-on-error"));
		command.addAll(connection());
		command.add(file.toString());
		return command;
	}

	Map<String, String> environment() {
		return password == null ? Map.of() : Map.of("PGPASSWORD", password);
	}

	/**
	 * Refuses, in Chinese, a program that cannot be found or is older than the server the
	 * connection is on; answers its absolute path.
	 */
	Path checked(String program, Connection connection) throws SQLException {
		Path tool = PgTools.resolve(program, System.getenv("PATH"));
		PgTools.checkNewEnough(tool, PgTools.majorOf(tool), connection.getMetaData().getDatabaseMajorVersion());
		return tool;
	}

	/** Runs the command with its program found as {@link PgTools#resolve} does; a failure carries the tool's log. */
	void run(List<String> command, Path log) {
		List<String> resolved = new ArrayList<>(command);
		resolved.set(0, PgTools.resolve(command.getFirst(), System.getenv("PATH")).toString());
		ProcessBuilder builder = new ProcessBuilder(resolved).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().putAll(environment());
		try {
			int exit = builder.start().waitFor();
			if (exit != 0) {
				throw new IllegalStateException(command.getFirst() + " ended with " + exit + ": "
						+ Files.readString(log, StandardCharsets.UTF_8).strip());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot run " + command.getFirst(), e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while running " + command.getFirst(), e);
		}
	}

	/** Host, port and database from a {@code jdbc:postgresql://host:port/database?...} url. */
	private List<String> connection() {
		URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
		List<String> arguments = new ArrayList<>();
		arguments.add("--host=" + (uri.getHost() == null ? "localhost" : uri.getHost()));
		arguments.add("--port=" + (uri.getPort() < 0 ? 5432 : uri.getPort()));
		arguments.add("--username=" + user);
		arguments.add("--dbname=" + uri.getPath().substring(1));
		arguments.add("--no-password");
		return arguments;
	}
}
