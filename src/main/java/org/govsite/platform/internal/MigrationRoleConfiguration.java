package org.govsite.platform.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.api.callback.Callback;
import org.govsite.platform.RestrictedTable;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The migrations run as the database's owner role, the application as a role of its own: the
 * embedded database's superuser, or {@code govsite.database.owner-user} on a server. After each
 * migration run the owner grants the application's role what it needs ({@link ApplicationRoleGrants}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class MigrationRoleConfiguration {

	@Bean
	FlywayConfigurationCustomizer migrationsByTheOwner(ObjectProvider<DatabaseOwner> embeddedOwner, DatabaseProperties properties,
			Environment environment, DataSource dataSource, ObjectProvider<RestrictedTable> restrictedTables) {
		return configuration -> {
			DatabaseOwner owner = embeddedOwner.getIfAvailable(() -> configuredOwner(properties, environment));
			if (owner != null) {
				configuration.dataSource(owner.url(), owner.user(), owner.password());
			}
			List<Callback> callbacks = new ArrayList<>(Arrays.asList(configuration.getCallbacks()));
			callbacks.add(new ApplicationRoleGrants(applicationRole(dataSource), restrictedTables.orderedStream().toList()));
			configuration.callbacks(callbacks.toArray(Callback[]::new));
		};
	}

	private static @Nullable DatabaseOwner configuredOwner(DatabaseProperties properties, Environment environment) {
		String url = environment.getProperty("spring.datasource.url");
		if (!StringUtils.hasText(properties.ownerUser()) || url == null) {
			return null;
		}
		return new DatabaseOwner(url, properties.ownerUser(), properties.ownerPassword());
	}

	/** The role the application's connections log in as. */
	private static String applicationRole(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getUserName();
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot connect to the database as the application's role", e);
		}
	}
}
