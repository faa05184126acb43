package org.govsite.platform;

import java.nio.file.Path;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platform-wide settings.
 *
 * @param role what this process serves: {@code all} (default), {@code admin} or {@code public}
 * @param dataDir where the platform keeps its files: the embedded database, published sites, uploads, keys
 * @param consoleUrl the address at which staff reach the console; used in printed links
 * @param zone the platform's time zone: the days deadlines count in and the times the console shows
 */
@ConfigurationProperties("govsite")
public record GovSiteProperties(
		@DefaultValue("all") DeploymentRole role,
		@DefaultValue("data") Path dataDir,
		@DefaultValue("http://localhost:8080") String consoleUrl,
		@DefaultValue("Asia/Shanghai") ZoneId zone) {

	/** A folder under the data directory, by name. */
	public Path dataPath(String name) {
		return dataDir.resolve(name).toAbsolutePath().normalize();
	}
}
