package org.govsite.platform.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.govsite.platform.DeploymentRole;
import org.govsite.platform.GovSiteProperties;
import org.govsite.platform.PlatformKeys;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The embedded database as the platform starts it: no local connection without a password, the
 * passwords in the data directory's keys, the application as a role that is no superuser; and a
 * data directory made by an earlier version, which trusted every local connection, secured on start.
 */
@Tag("database")
class EmbeddedDatabaseTests {

	@TempDir
	Path dataDir;

	@Test
	void aNewDatabaseAsksEveryConnectionForItsPassword() throws Exception {
		assertSecuredOnStart();
	}

	@Test
	void aDataDirectoryThatTrustedLocalConnectionsIsSecuredOnStart() throws Exception {
		// as the platform's earlier versions set it up: the library's initdb with "-A trust"
		try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("postgres")).setCleanDataDirectory(false)
			.start()) {
			try (Connection connection = DriverManager.getConnection(url(old.getPort(), "postgres"), "postgres", "")) {
				assertThat(connection.isValid(1)).as("the old directory trusts").isTrue();
			}
		}
		assertThat(EmbeddedCluster.trusts(dataDir.resolve("postgres"))).isTrue();

		assertSecuredOnStart();
	}

	private void assertSecuredOnStart() throws Exception {
		GovSiteProperties properties = new GovSiteProperties(DeploymentRole.ALL, dataDir, "http://localhost:8080", java.time.ZoneId.of("Asia/Shanghai"));
		PlatformKeys keys = new PlatformKeys(properties, new MockEnvironment());
		EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();
		try (EmbeddedPostgres postgres = configuration.embeddedPostgres(properties, keys);
				HikariDataSource application = configuration.dataSource(postgres, keys)) {
			String url = url(postgres.getPort(), "postgres");
			assertThatExceptionOfType(SQLException.class).as("no password")
				.isThrownBy(() -> DriverManager.getConnection(url, "postgres", "").close());
			assertThatExceptionOfType(SQLException.class).as("a wrong password")
				.isThrownBy(() -> DriverManager.getConnection(url, "postgres", "guess").close());
			String password = Files.readString(keys.file(EmbeddedDatabaseConfiguration.SUPERUSER_KEY), StandardCharsets.US_ASCII).strip();
			try (Connection connection = DriverManager.getConnection(url, "postgres", password)) {
				assertThat(connection.isValid(1)).isTrue();
			}
			assertThat(Files.readString(dataDir.resolve("postgres/pg_hba.conf"))).doesNotContain("trust").contains("scram-sha-256");
			assertThat(Files.getPosixFilePermissions(keys.file(EmbeddedDatabaseConfiguration.SUPERUSER_KEY)))
				.isEqualTo(PosixFilePermissions.fromString("rw-------"));
			assertThat(Files.list(keys.file(EmbeddedDatabaseConfiguration.SUPERUSER_KEY).getParent()))
				.as("no password file left behind").noneMatch(file -> file.toString().endsWith(".pw"));

			JdbcClient asApplication = JdbcClient.create(application);
			assertThat(asApplication.sql("select current_user").query(String.class).single()).isEqualTo(EmbeddedCluster.APPLICATION_ROLE);
			assertThat(asApplication.sql("select rolsuper or rolcreaterole or rolcreatedb from pg_roles where rolname = current_user")
				.query(Boolean.class)
				.single()).isFalse();
		}
	}

	private static String url(int port, String database) {
		return "jdbc:postgresql://localhost:" + port + "/" + database;
	}
}
