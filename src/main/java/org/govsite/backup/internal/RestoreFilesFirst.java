package org.govsite.backup.internal;

import java.nio.file.Path;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The files half of {@code --govsite.backup.restore-from}, before any bean exists: the set is
 * checked against its manifest and its files are written into the empty data directory, so that
 * the keys it holds (the audit chain's, the field cipher's) are the ones the application then
 * reads, instead of new ones generated on first use.
 */
class RestoreFilesFirst implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String from = environment.getProperty(BackupProperties.RESTORE_FROM);
		if (from == null || from.isBlank()) {
			return;
		}
		Path set = Path.of(from).toAbsolutePath().normalize();
		Path dataDir = Path.of(environment.getProperty("govsite.data-dir", "data")).toAbsolutePath().normalize();
		try {
			Restore.files(set, dataDir);
		}
		catch (BackupRefused refused) {
			throw new IllegalStateException(RestoreText.of(refused), refused);
		}
	}

	@Override
	public int getOrder() {
		// after the configuration files are read, so that the data directory can come from them
		return Ordered.LOWEST_PRECEDENCE;
	}
}
