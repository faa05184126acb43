package org.govsite.identity.internal;

import java.util.Objects;
import java.util.Set;

import org.govsite.identity.Grant;
import org.govsite.identity.RolePair;
import org.govsite.identity.SecurityPolicy;
import org.govsite.identity.StaffRole;
import org.govsite.platform.RuleViolation;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Roles that should not meet in one person: a grant that would give an account two roles the
 * security policy keeps apart, over scopes that overlap (the same site, and the whole site or the
 * same channel), is refused. Only new grants are checked, so that taking roles away always works.
 */
public final class RoleCombinations {

	private RoleCombinations() {
	}

	public static void check(SecurityPolicy policy, Set<Grant> current, Set<Grant> requested) {
		for (Grant added : requested) {
			if (current.contains(added) || added.role().isAdministrator()) {
				continue;
			}
			for (Grant other : requested) {
				if (other.role() != added.role() && !other.role().isAdministrator()
						&& !policy.mayCombine(added.role(), other.role()) && overlap(added, other)) {
					RolePair pair = new RolePair(added.role(), other.role());
					throw new RuleViolation("identity.role.notCombinable", resolvable(pair.first()), resolvable(pair.second()));
				}
			}
		}
	}

	static boolean overlap(Grant one, Grant other) {
		return Objects.equals(one.siteId(), other.siteId())
				&& (one.channelId() == null || other.channelId() == null || one.channelId().equals(other.channelId()));
	}

	private static DefaultMessageSourceResolvable resolvable(StaffRole role) {
		return new DefaultMessageSourceResolvable("identity.role." + role.name());
	}
}
