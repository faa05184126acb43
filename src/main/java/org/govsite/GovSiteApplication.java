package org.govsite;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * GovSite, the platform on which a government runs its whole group of public websites. Its modules
 * are the packages below this one; {@code platform} is shared: every module stands on it, and a
 * module's own tests ({@code @ApplicationModuleTest}) always boot it.
 */
@SpringBootApplication
@Modulithic(sharedModules = "platform")
@ConfigurationPropertiesScan
@EnableScheduling
public class GovSiteApplication {

	public static void main(String[] args) {
		SpringApplication.run(GovSiteApplication.class, args);
	}
}
