package org.govsite.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.govsite.identity.internal.AccountStore;
import org.govsite.identity.internal.Credentials;
import org.govsite.identity.internal.IssuedTokens;
import org.govsite.platform.NotFound;
import org.govsite.platform.RuleViolation;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What every staff member does for themselves: their password and their API tokens. */
@Service
@Transactional
@PreAuthorize("hasAuthority('STAFF')")
public class MyAccount {

	private final AccountStore accounts;

	private final Credentials credentials;

	private final IssuedTokens tokens;

	private final StaffAccess access;

	private final Clock clock;

	MyAccount(AccountStore accounts, Credentials credentials, IssuedTokens tokens, StaffAccess access, Clock clock) {
		this.accounts = accounts;
		this.credentials = credentials;
		this.tokens = tokens;
		this.access = access;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public AccountView me() {
		String username = access.currentUsername();
		return username == null ? notSignedIn() : accounts.view(username).orElseGet(MyAccount::notSignedIn);
	}

	public void changePassword(String currentPassword, String newPassword) {
		credentials.changePassword(me().id(), currentPassword, newPassword);
	}

	@Transactional(readOnly = true)
	public List<ApiTokenView> tokens() {
		return accounts.tokens(me().id());
	}

	/** The longest a new token may live, in days, under the security policy. */
	@Transactional(readOnly = true)
	public int tokenMaxDays() {
		return accounts.policy().apiTokenMaxDays();
	}

	/**
	 * Issues a token carrying this account's roles, for at most the policy's token lifetime (a token
	 * that never expires would outlive the password's age). The three administrators get one only
	 * where the policy permits, since a token side-steps their second factor.
	 */
	public IssuedToken issueToken(String name, @Nullable Integer validDays) {
		if (name.isBlank() || name.length() > 100) {
			throw new RuleViolation("identity.token.nameRequired");
		}
		SecurityPolicy policy = accounts.policy();
		if (validDays == null) {
			throw new RuleViolation("identity.token.neverExpires", policy.apiTokenMaxDays());
		}
		if (validDays < 1) {
			throw new RuleViolation("identity.token.validity");
		}
		if (validDays > policy.apiTokenMaxDays()) {
			throw new RuleViolation("identity.token.tooLong", policy.apiTokenMaxDays());
		}
		AccountView me = me();
		if (!policy.administratorTokens() && me.grants().stream().anyMatch(grant -> grant.role().isAdministrator())) {
			throw new RuleViolation("identity.token.administratorsNotPermitted");
		}
		Instant now = clock.instant();
		return tokens.issue(me.id(), name.trim(), now.plus(Duration.ofDays(validDays)));
	}

	public void revokeToken(long tokenId) {
		if (!tokens.heldBy(tokenId, me().id())) {
			throw new NotFound("apiToken", tokenId);
		}
		accounts.revokeToken(tokenId, me().username(), clock.instant());
	}

	private static AccountView notSignedIn() {
		throw new org.springframework.security.access.AccessDeniedException("Not a signed-in staff member");
	}
}
