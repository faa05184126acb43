package org.govsite.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.govsite.identity.AccountView;
import org.govsite.identity.ApiTokenView;
import org.govsite.identity.Grant;
import org.govsite.identity.NewAccount;
import org.govsite.identity.SecurityPolicy;
import org.govsite.platform.NotFound;

import org.springframework.stereotype.Component;

/**
 * The accounts as the security administrator's service sees them: loads, applies the account's
 * own rules, saves. Passwords and second factors go through {@link Credentials}.
 */
@Component
public class AccountStore {

	private final StaffAccountRepository accounts;

	private final SecurityPolicyStore policies;

	private final ApiTokens tokens;

	private final java.time.Clock clock;

	AccountStore(StaffAccountRepository accounts, SecurityPolicyStore policies, ApiTokens tokens, java.time.Clock clock) {
		this.accounts = accounts;
		this.policies = policies;
		this.tokens = tokens;
		this.clock = clock;
	}

	public List<AccountView> all() {
		return accounts.findAllByOrderByUsername().stream().map(this::view).toList();
	}

	public Optional<AccountView> view(long accountId) {
		return accounts.findById(accountId).map(this::view);
	}

	public Optional<AccountView> view(String username) {
		return accounts.findByUsername(username).map(this::view);
	}

	public boolean exists(String username) {
		return accounts.findByUsername(username).isPresent();
	}

	public long create(NewAccount details, Instant now) {
		StaffAccount account = new StaffAccount(details.username(), details.displayName(), now);
		account.unit = blankToNull(details.unit());
		account.email = blankToNull(details.email());
		return accounts.save(account).id();
	}

	public void updateDetails(long accountId, String displayName, String unit, String email) {
		StaffAccount account = load(accountId);
		account.displayName = displayName.trim();
		account.unit = blankToNull(unit);
		account.email = blankToNull(email);
		accounts.save(account);
	}

	public void setEnabled(long accountId, boolean enabled) {
		StaffAccount account = load(accountId);
		account.enabled = enabled;
		accounts.save(account);
	}

	public void unlock(long accountId) {
		StaffAccount account = load(accountId);
		account.unlock();
		accounts.save(account);
	}

	public void withdrawPassword(long accountId, String by, Instant now) {
		StaffAccount account = load(accountId);
		account.passwordHash = null;
		account.mustChangePassword = true;
		accounts.save(account);
		tokens.revokeAll(accountId, by, now);
	}

	public void resetSecondFactor(long accountId) {
		StaffAccount account = load(accountId);
		account.resetSecondFactor();
		account.totpLastStep = null;
		accounts.save(account);
	}

	public void replaceGrants(long accountId, Set<Grant> grants) {
		SeparationOfDuties.check(grants);
		StaffAccount account = load(accountId);
		account.replaceGrants(grants);
		accounts.save(account);
	}

	/** Stores a fresh activation token's hash and returns the token. */
	public String newActivation(long accountId, Instant expires) {
		StaffAccount account = load(accountId);
		String token = OneTimeSecrets.token();
		account.activationHash = ApiTokens.hash(token);
		account.activationExpires = expires;
		accounts.save(account);
		return token;
	}

	public List<ApiTokenView> tokens(long accountId) {
		return tokens.of(accountId);
	}

	public void revokeToken(long tokenId, String by, Instant now) {
		if (!tokens.revoke(tokenId, by, now)) {
			throw new NotFound("apiToken", tokenId);
		}
	}

	public SecurityPolicy policy() {
		return policies.current();
	}

	public void savePolicy(SecurityPolicy policy, String by, Instant at) {
		policies.save(policy, by, at);
	}

	private StaffAccount load(long accountId) {
		return accounts.findById(accountId).orElseThrow(() -> new NotFound("account", accountId));
	}

	AccountView view(StaffAccount account) {
		Instant now = clock.instant();
		return new AccountView(account.id(), account.username, account.displayName, account.unit, account.email,
				account.enabled, account.isLocked(now), account.hasSecondFactor(), account.passwordHash != null,
				account.passwordChangedAt, account.lastLoginAt, account.lastLoginAddress, account.createdAt,
				account.grants().stream().sorted(java.util.Comparator.comparing(Grant::authority)).toList());
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
