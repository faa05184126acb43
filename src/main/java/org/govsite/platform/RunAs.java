package org.govsite.platform;

import java.util.Arrays;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work of the platform itself (setting up the demo, scheduled jobs) under a named actor with
 * the given authorities, so that the same permission checks and audit names apply as for a person.
 * The previous security context is restored afterwards.
 */
public final class RunAs {

	private RunAs() {
	}

	public static <T> T actor(String username, Supplier<T> work, String... authorities) {
		SecurityContext before = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
				AuthorityUtils.createAuthorityList(Arrays.asList(authorities))));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(before);
		}
	}

	public static void actor(String username, Runnable work, String... authorities) {
		actor(username, () -> {
			work.run();
			return null;
		}, authorities);
	}
}
