package org.govsite.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The one PostgreSQL database the tests of a JVM share: a fresh database on the server named by
 * {@code GOVSITE_TEST_DB_URL} when set (dropped when the JVM ends), otherwise an embedded
 * PostgreSQL started once in a temporary folder. {@link #connection()} is its owner, who runs the
 * migrations; the application connects as {@link #application()}, a role of this JVM's own (roles
 * are shared by every database of a server, and other test runs may use the same server).
 */
public final class TestDatabase {

	public static final String URL_VARIABLE = "GOVSITE_TEST_DB_URL";

	private static Connection.Details details;

	private static final java.util.Map<String, Connection.Details> others = new java.util.HashMap<>();

	private static Connection.Details application;

	private TestDatabase() {
	}

	/** JDBC url, user and password of the test database, starting it on first use. */
	public static synchronized Connection.Details connection() {
		if (details == null) {
			String serverUrl = System.getenv(URL_VARIABLE);
			details = serverUrl == null || serverUrl.isBlank() ? startEmbedded() : createOnServer(serverUrl);
		}
		return details;
	}

	/**
	 * The application's own role on the test server: no superuser, owner of nothing, so that the
	 * tests run with the rights the application has in production. Its user and password; the url
	 * of {@link #connection()} or {@link #separate(String)} applies.
	 */
	public static synchronized Connection.Details application() {
		if (application == null) {
			Connection.Details owner = connection();
			String role = "govsite_test_app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			String password = UUID.randomUUID().toString();
			execute(owner.url(), owner.user(), owner.password(), "create role " + role + " login password '" + password + "'");
			application = new Connection.Details(owner.url(), role, password);
		}
		return application;
	}

	/**
	 * Another database on the same server, created empty on first use: for a test context that
	 * must start from a new installation (the browser walk-through begins with first setup).
	 */
	public static synchronized Connection.Details separate(String name) {
		return others.computeIfAbsent(name, n -> {
			Connection.Details main = connection();
			String database = databaseName(main.url()) + "_" + n;
			execute(main.url(), main.user(), main.password(), "create database " + database + " encoding 'UTF8' template template0");
			return new Connection.Details(withDatabase(main.url(), database), main.user(), main.password());
		});
	}

	private static String databaseName(String url) {
		int hostStart = url.indexOf("//") + 2;
		int pathStart = url.indexOf('/', hostStart);
		int query = url.indexOf('?');
		return query < 0 ? url.substring(pathStart + 1) : url.substring(pathStart + 1, query);
	}

	private static Connection.Details startEmbedded() {
		try {
			Path directory = Files.createTempDirectory("govsite-test-pg");
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(true)
				.setRegisterShutdownHook(false)
				.start();
			// Without the library's "?user=postgres": a user in the url would win over the application's own.
			String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
			execute(url, "postgres", "", "create database govsite_test encoding 'UTF8'");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				awaitDisconnected(url + "?user=postgres", "govsite_test");
				close(postgres);
			}));
			return new Connection.Details(withDatabase(url, "govsite_test"), "postgres", "");
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL for the tests", e);
		}
	}

	private static Connection.Details createOnServer(String serverUrl) {
		String user = System.getenv().getOrDefault("GOVSITE_TEST_DB_USER", "postgres");
		String password = System.getenv().getOrDefault("GOVSITE_TEST_DB_PASSWORD", "");
		String name = "govsite_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
		execute(serverUrl, user, password, "create database " + name + " encoding 'UTF8' template template0");
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			awaitDisconnected(serverUrl + (serverUrl.contains("?") ? "&" : "?") + "user=" + user + "&password=" + password, name);
			if (System.getenv("GOVSITE_TEST_DB_KEEP") == null) {
				for (Connection.Details other : others.values()) {
					execute(serverUrl, user, password, "drop database if exists " + databaseName(other.url()) + " with (force)");
				}
				execute(serverUrl, user, password, "drop database if exists " + name + " with (force)");
				if (application != null) {
					execute(serverUrl, user, password, "drop role if exists " + application.user());
				}
			}
		}));
		return new Connection.Details(withDatabase(serverUrl, name), user, password);
	}

	/** Replaces the database name in a {@code jdbc:postgresql://host:port/name?params} url. */
	static String withDatabase(String url, String database) {
		int hostStart = url.indexOf("//") + 2;
		int pathStart = url.indexOf('/', hostStart);
		int query = url.indexOf('?');
		String prefix = pathStart < 0 ? (query < 0 ? url : url.substring(0, query)) : url.substring(0, pathStart);
		String params = query < 0 ? "" : url.substring(query);
		return prefix + "/" + database + params;
	}

	private static void execute(String url, String user, String password, String sql) {
		try (java.sql.Connection connection = DriverManager.getConnection(url, user, password);
				var statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Test database statement failed: " + sql + " on " + url, e);
		}
	}

	/**
	 * Spring closes the test contexts in a shutdown hook of its own, and their last work (the event
	 * registry's check of outstanding publications) still needs the database: wait for their
	 * connection pools to close before stopping it.
	 */
	private static void awaitDisconnected(String url, String database) {
		long deadline = System.nanoTime() + 15_000_000_000L;
		try (java.sql.Connection connection = DriverManager.getConnection(url);
				var statement = connection.prepareStatement(
						"select count(*) from pg_stat_activity where (datname = ? or datname like ?) and pid <> pg_backend_pid()")) {
			statement.setString(1, database);
			// the separate databases of other contexts are named after the main one
			statement.setString(2, database + "\\_%");
			while (System.nanoTime() < deadline) {
				try (var rows = statement.executeQuery()) {
					rows.next();
					if (rows.getInt(1) == 0) {
						return;
					}
				}
				Thread.sleep(100);
			}
		}
		catch (SQLException | InterruptedException e) {
			// stop anyway: the JVM is ending
		}
	}

	private static void close(EmbeddedPostgres postgres) {
		try {
			postgres.close();
		}
		catch (IOException ignored) {
			// the JVM is ending; the temporary folder goes with it
		}
	}

	/** Holder for the connection record, so callers read {@code TestDatabase.connection().url()}. */
	public static final class Connection {

		private Connection() {
		}

		public record Details(String url, String user, String password) {
		}
	}
}
