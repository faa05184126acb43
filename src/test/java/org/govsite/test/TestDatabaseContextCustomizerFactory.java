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
		return new Customizer();
	}

	private static final class Customizer implements ContextCustomizer {

		private static Path dataDir;

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
			TestDatabase.Connection.Details db = TestDatabase.connection();
			context.getEnvironment().getPropertySources().addLast(new MapPropertySource("govsite-test-database", Map.of(
					"spring.datasource.url", db.url(),
					"spring.datasource.username", db.user(),
					"spring.datasource.password", db.password(),
					"govsite.data-dir", dataDir().toString())));
		}

		private static synchronized Path dataDir() {
			if (dataDir == null) {
				try {
					dataDir = Files.createTempDirectory("govsite-test-data");
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
			return dataDir;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Customizer;
		}

		@Override
		public int hashCode() {
			return Customizer.class.hashCode();
		}
	}
}
