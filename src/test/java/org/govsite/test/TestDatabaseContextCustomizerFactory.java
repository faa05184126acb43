package org.govsite.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context at the shared {@link TestDatabase} and at a temporary data
 * directory, so that no test touches the project's own {@code data/}.
 */
class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
		boolean separate = org.springframework.core.annotation.AnnotatedElementUtils.hasAnnotation(testClass, BrowserTest.class);
		return new Customizer(separate ? "browser" : null);
	}

	private static final class Customizer implements ContextCustomizer {

		private static final java.util.Map<String, Path> dataDirs = new java.util.HashMap<>();

		private final @org.jspecify.annotations.Nullable String database;

		Customizer(@org.jspecify.annotations.Nullable String database) {
			this.database = database;
		}

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
			TestDatabase.Connection.Details db = database == null ? TestDatabase.connection() : TestDatabase.separate(database);
			TestDatabase.Connection.Details application = TestDatabase.application();
			// The application as its own restricted role, the migrations as the owner: as in production.
			context.getEnvironment().getPropertySources().addLast(new MapPropertySource("govsite-test-database", Map.of(
					"spring.datasource.url", db.url(),
					"spring.datasource.username", application.user(),
					"spring.datasource.password", application.password(),
					"govsite.database.owner-user", db.user(),
					"govsite.database.owner-password", db.password(),
					"govsite.data-dir", dataDir().toString(),
					// citizens' single sign-on against the test's own provider, started by the tests that sign in there
					"govsite.identity.citizen.sso.issuer-uri", TestOidcProvider.ISSUER,
					"govsite.identity.citizen.sso.client-id", TestOidcProvider.CLIENT_ID,
					"govsite.identity.citizen.sso.client-secret", TestOidcProvider.CLIENT_SECRET)));
		}

		private synchronized Path dataDir() {
			return dataDirs.computeIfAbsent(String.valueOf(database), name -> {
				try {
					return Files.createTempDirectory("govsite-test-data");
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Customizer customizer && java.util.Objects.equals(database, customizer.database);
		}

		@Override
		public int hashCode() {
			return java.util.Objects.hashCode(database);
		}
	}
}
