package org.govsite.identity.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.govsite.identity.Grant;
import org.govsite.identity.SecurityPolicy;
import org.govsite.identity.StaffRole;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads a staff account for sign-in, with the authorities its roles grant. */
@Service
class StaffUserDetailsService implements UserDetailsService {

	private final StaffAccountRepository accounts;

	private final SecurityPolicyStore policies;

	private final Clock clock;

	StaffUserDetailsService(StaffAccountRepository accounts, SecurityPolicyStore policies, Clock clock) {
		this.accounts = accounts;
		this.policies = policies;
		this.clock = clock;
	}

	@Override
	public StaffUser loadUserByUsername(String username) {
		return accounts.findByUsername(username.trim().toLowerCase(Locale.ROOT))
			.map(this::toUser)
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

	StaffUser toUser(StaffAccount account) {
		SecurityPolicy policy = policies.current();
		var now = clock.instant();
		return new StaffUser(account.id(), account.username, account.displayName, account.passwordHash,
				account.enabled && account.passwordHash != null, account.isLocked(now),
				policy.requiresSecondFactor(account.roles()), account.hasSecondFactor(),
				account.needsNewPassword(now, policy), authorities(account));
	}

	static List<GrantedAuthority> authorities(StaffAccount account) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(StaffRole.STAFF_AUTHORITY));
		for (Grant grant : account.grants()) {
			authorities.add(new SimpleGrantedAuthority(grant.authority()));
		}
		return List.copyOf(authorities);
	}
}
