package org.govsite.platform.internal;

import java.util.Map;

import org.govsite.platform.DeploymentRole;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Settings that follow from the deployment role: a public node describes no back-office API.
 * They are defaults: an explicit setting still wins.
 */
class DeploymentRoleDefaults implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		DeploymentRole role = Binder.get(environment).bind("govsite.role", DeploymentRole.class).orElse(DeploymentRole.ALL);
		if (role == DeploymentRole.PUBLIC) {
			environment.getPropertySources().addLast(new MapPropertySource("govsite-public-role", Map.of(
					"springdoc.api-docs.enabled", "false")));
		}
	}

	@Override
	public int getOrder() {
		// after the configuration files are read, so govsite.role can come from them
		return Ordered.LOWEST_PRECEDENCE;
	}
}
