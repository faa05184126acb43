package org.govsite.platform.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.govsite.platform.GovSiteProperties;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded default: with no {@code spring.datasource.url}, the platform runs its own
 * PostgreSQL under {@code <data-dir>/postgres}, keeping the data across restarts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlCondition.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	static final String DATABASE = "govsite";

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(GovSiteProperties properties) throws IOException {
		Path directory = properties.dataPath("postgres");
		Files.createDirectories(directory);
		log.info("Starting the embedded PostgreSQL in {}", directory);
		// The library's defaults suit throwaway test databases; this one holds real data.
		return EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setServerConfig("max_connections", "100")
			.setLocaleConfig("encoding", "UTF8")
			.start();
	}

	@Bean
	HikariDataSource dataSource(EmbeddedPostgres postgres) throws SQLException {
		createDatabaseIfMissing(postgres.getPostgresDatabase());
		HikariDataSource dataSource = DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(postgres.getJdbcUrl("postgres", DATABASE))
			.username("postgres")
			.build();
		dataSource.setPoolName("govsite-embedded");
		return dataSource;
	}

	private static void createDatabaseIfMissing(DataSource postgres) {
		JdbcClient jdbc = JdbcClient.create(postgres);
		boolean exists = jdbc.sql("select count(*) from pg_database where datname = ?")
			.param(DATABASE)
			.query(Integer.class)
			.single() > 0;
		if (!exists) {
			jdbc.sql("create database " + DATABASE + " encoding 'UTF8'").update();
		}
	}
}
