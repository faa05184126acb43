package org.govsite.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.govsite.platform.PlatformKeys;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Access to the embedded PostgreSQL: who may connect ({@code pg_hba.conf}), the superuser's and
 * the application role's passwords, and the application's database. A data directory made by an
 * earlier version, which trusted every local connection, is secured on its first start with
 * this one.
 */
final class EmbeddedCluster {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedCluster.class);

	static final String SUPERUSER = "postgres";

	static final String APPLICATION_ROLE = "govsite_app";

	/** Every connection, over the socket or the loopback, needs its role's password; nothing else connects. */
	static final String ACCESS_RULES = """
			# Written by GovSite at every start: every connection needs its role's password.
			# TYPE  DATABASE  USER  ADDRESS        METHOD
			local   all       all                  scram-sha-256
			host    all       all   127.0.0.1/32   scram-sha-256
			host    all       all   ::1/128        scram-sha-256
			""";

	private static final int PASSWORD_BYTES = 24;

	private EmbeddedCluster() {
	}

	/** A generated password, kept like the platform's keys under {@code <data-dir>/keys/}, owner-only. */
	static String password(PlatformKeys keys, String name) {
		return Base64.getEncoder().encodeToString(keys.key(name, PASSWORD_BYTES));
	}

	/** The superuser's first password for initdb, in a file only the owner may read, deleted after the start. */
	static Path passwordFile(Path keysDirectory, String password) throws IOException {
		Files.createDirectories(keysDirectory);
		boolean posix = keysDirectory.getFileSystem().supportedFileAttributeViews().contains("posix");
		Path file = posix
				? Files.createTempFile(keysDirectory, "initdb", ".pw", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
				: Files.createTempFile(keysDirectory, "initdb", ".pw");
		Files.writeString(file, password + "\n", StandardCharsets.US_ASCII);
		return file;
	}

	/**
	 * Called before the server starts. A cluster still trusting local connections keeps its rules
	 * for this start: its superuser has no password yet, which {@link #secure} sets first.
	 */
	static void writeAccessRulesUnlessTrusting(Path dataDirectory) {
		try {
			if (!trusts(dataDirectory)) {
				writeAccessRules(dataDirectory);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot write " + dataDirectory.resolve("pg_hba.conf"), e);
		}
	}

	/** Whether any rule of {@code pg_hba.conf} lets a connection in without a password. */
	static boolean trusts(Path dataDirectory) throws IOException {
		Path rules = dataDirectory.resolve("pg_hba.conf");
		return Files.exists(rules) && Files.readAllLines(rules, StandardCharsets.UTF_8).stream()
			.map(String::strip)
			.filter(line -> !line.isEmpty() && !line.startsWith("#"))
			.map(line -> List.of(line.split("\\s+")))
			.anyMatch(tokens -> tokens.contains("trust"));
	}

	/**
	 * Once the server runs: a cluster made by an earlier version (trust) gets the superuser's
	 * password, then the password rules, which the server reloads. Later connections need the password.
	 */
	static void secure(EmbeddedPostgres postgres, Path dataDirectory, String superuserPassword) throws IOException {
		if (!trusts(dataDirectory)) {
			return;
		}
		try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
			setPassword(connection, SUPERUSER, superuserPassword);
			writeAccessRules(dataDirectory);
			try (var statement = connection.createStatement()) {
				statement.execute("select pg_reload_conf()");
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not secure the embedded PostgreSQL in " + dataDirectory, e);
		}
		log.warn("The embedded PostgreSQL in {} let every local process in without a password (an earlier version "
				+ "set it up so); it now asks for scram-sha-256 passwords, kept in the data directory's keys/", dataDirectory);
	}

	/**
	 * The application's role (no superuser, owner of nothing; its rights come from the migrations'
	 * grants), its password as in the key file, and the application's database.
	 */
	static void prepareDatabase(EmbeddedPostgres postgres, String database, String applicationPassword) throws SQLException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
			JdbcClient jdbc = JdbcClient.create(new org.springframework.jdbc.datasource.SingleConnectionDataSource(connection, true));
			boolean roleExists = jdbc.sql("select count(*) from pg_roles where rolname = ?")
				.param(APPLICATION_ROLE)
				.query(Integer.class)
				.single() > 0;
			if (!roleExists) {
				jdbc.sql("create role " + APPLICATION_ROLE + " login nosuperuser nocreatedb nocreaterole noreplication").update();
			}
			setPassword(connection, APPLICATION_ROLE, applicationPassword);
			boolean databaseExists = jdbc.sql("select count(*) from pg_database where datname = ?")
				.param(database)
				.query(Integer.class)
				.single() > 0;
			if (!databaseExists) {
				jdbc.sql("create database " + database + " encoding 'UTF8'").update();
			}
		}
	}

	/** The driver computes the scram verifier, so the password itself never travels in SQL text or logs. */
	private static void setPassword(Connection connection, String role, String password) throws SQLException {
		char[] characters = password.toCharArray();
		try {
			connection.unwrap(PGConnection.class).alterUserPassword(role, characters, "scram-sha-256");
		}
		finally {
			Arrays.fill(characters, '\0');
		}
	}

	private static void writeAccessRules(Path dataDirectory) throws IOException {
		Path rules = dataDirectory.resolve("pg_hba.conf");
		if (Files.exists(rules) && Files.readString(rules, StandardCharsets.UTF_8).equals(ACCESS_RULES)) {
			return;
		}
		Path temporary = Files.createTempFile(dataDirectory, "pg_hba", ".new");
		try {
			Files.writeString(temporary, ACCESS_RULES, StandardCharsets.UTF_8);
			Files.move(temporary, rules, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}
}
