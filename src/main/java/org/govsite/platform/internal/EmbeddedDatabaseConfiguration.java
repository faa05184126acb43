package org.govsite.platform.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.govsite.platform.GovSiteProperties;
import org.govsite.platform.PlatformKeys;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: with no {@code spring.datasource.url}, the platform runs its own
 * PostgreSQL under {@code <data-dir>/postgres}, keeping the data across restarts. No local
 * process gets in without a password (scram-sha-256; the passwords are generated into
 * {@code <data-dir>/keys/}), and the application connects as {@value EmbeddedCluster#APPLICATION_ROLE},
 * which owns nothing: the superuser {@code postgres} only runs the migrations.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlCondition.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	static final String DATABASE = "govsite";

	/** The generated password of the superuser {@code postgres}, who owns the database's objects. */
	static final String SUPERUSER_KEY = "database-superuser";

	/** The generated password of the application's own role. */
	static final String APPLICATION_KEY = "database-application";

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(GovSiteProperties properties, PlatformKeys keys) throws IOException {
		Path directory = properties.dataPath("postgres");
		Files.createDirectories(directory);
		log.info("Starting the embedded PostgreSQL in {}", directory);
		String superuserPassword = EmbeddedCluster.password(keys, SUPERUSER_KEY);
		boolean fresh = !Files.exists(directory.resolve("postgresql.conf"));
		Path passwordFile = fresh ? EmbeddedCluster.passwordFile(keys.file(SUPERUSER_KEY).getParent(), superuserPassword) : null;
		try {
			// The library's defaults suit throwaway test databases; this one holds real data.
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				.setServerConfig("max_connections", "100")
				.setServerConfig("password_encryption", "scram-sha-256")
				.setLocaleConfig("encoding", "UTF8")
				.setConnectConfig("password", superuserPassword)
				.setDataDirectoryCustomizer(dataDirectory -> EmbeddedCluster.writeAccessRulesUnlessTrusting(dataDirectory.toPath()));
			if (passwordFile != null) {
				// The library runs initdb with "-A trust" and appends these as --name=value; a later
				// --auth wins, so a new cluster never accepts a connection without a password.
				builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", passwordFile.toString());
			}
			EmbeddedPostgres postgres = builder.start();
			EmbeddedCluster.secure(postgres, directory, superuserPassword);
			return postgres;
		}
		finally {
			if (passwordFile != null) {
				Files.deleteIfExists(passwordFile);
			}
		}
	}

	@Bean
	HikariDataSource dataSource(EmbeddedPostgres postgres, PlatformKeys keys) throws SQLException {
		String password = EmbeddedCluster.password(keys, APPLICATION_KEY);
		EmbeddedCluster.prepareDatabase(postgres, DATABASE, password);
		HikariDataSource dataSource = DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(postgres.getJdbcUrl(EmbeddedCluster.APPLICATION_ROLE, DATABASE))
			.username(EmbeddedCluster.APPLICATION_ROLE)
			.password(password)
			.build();
		dataSource.setPoolName("govsite-embedded");
		return dataSource;
	}

	/** The migrations run as the superuser, who owns every table; the application cannot alter them. */
	@Bean
	DatabaseOwner databaseOwner(EmbeddedPostgres postgres, PlatformKeys keys) {
		return new DatabaseOwner(postgres.getJdbcUrl(EmbeddedCluster.SUPERUSER, DATABASE), EmbeddedCluster.SUPERUSER,
				EmbeddedCluster.password(keys, SUPERUSER_KEY));
	}
}
