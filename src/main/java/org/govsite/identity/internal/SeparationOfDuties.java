package org.govsite.identity.internal;

import java.util.Set;

import org.govsite.identity.Grant;
import org.govsite.platform.RuleViolation;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * 三员分立: the system, security and audit administrators are three different people, and each of
 * them holds no other role.
 */
public final class SeparationOfDuties {

	private SeparationOfDuties() {
	}

	public static void check(Set<Grant> grants) {
		grants.stream()
			.filter(grant -> grant.role().isAdministrator())
			.findFirst()
			.ifPresent(administrator -> {
				if (grants.size() > 1) {
					throw new RuleViolation("identity.role.administratorExclusive",
							new DefaultMessageSourceResolvable("identity.role." + administrator.role().name()));
				}
			});
	}
}
