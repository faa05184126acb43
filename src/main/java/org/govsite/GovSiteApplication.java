package org.govsite;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * GovSite, the platform on which a government runs its whole group of public websites.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class GovSiteApplication {

	public static void main(String[] args) {
		SpringApplication.run(GovSiteApplication.class, args);
	}
}
