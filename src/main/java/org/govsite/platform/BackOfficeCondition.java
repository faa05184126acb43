package org.govsite.platform;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches unless the process runs in role {@code public}. */
class BackOfficeCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return Binder.get(context.getEnvironment())
			.bind("govsite.role", DeploymentRole.class)
			.orElse(DeploymentRole.ALL)
			.servesBackOffice();
	}
}
