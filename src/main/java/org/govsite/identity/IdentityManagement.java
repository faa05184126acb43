package org.govsite.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.govsite.identity.internal.AccountStore;
import org.govsite.identity.internal.Credentials;
import org.govsite.platform.GovSiteProperties;
import org.govsite.platform.NotFound;
import org.govsite.platform.RuleViolation;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security administrator's work: staff accounts, their roles and the security policy. Every
 * method here is theirs alone (三员分立).
 */
@Service
@Transactional
@PreAuthorize("hasRole('SECURITY_ADMIN')")
public class IdentityManagement {

	/** How long an activation link stays valid. */
	public static final Duration ACTIVATION_VALIDITY = Duration.ofHours(72);

	private final AccountStore accounts;

	private final Credentials credentials;

	private final StaffAccess access;

	private final GovSiteProperties properties;

	private final Clock clock;

	IdentityManagement(AccountStore accounts, Credentials credentials, StaffAccess access, GovSiteProperties properties,
			Clock clock) {
		this.accounts = accounts;
		this.credentials = credentials;
		this.access = access;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<AccountView> accounts() {
		return accounts.all();
	}

	@Transactional(readOnly = true)
	public AccountView account(long accountId) {
		return accounts.view(accountId).orElseThrow(() -> new NotFound("account", accountId));
	}

	/** Opens an account with no password; its holder sets one through the returned link. */
	public Activation open(NewAccount account) {
		String username = account.username().trim().toLowerCase(Locale.ROOT);
		if (!username.matches("[a-z][a-z0-9._-]{2,63}")) {
			throw new RuleViolation("identity.username.invalid");
		}
		if (accounts.exists(username)) {
			throw new RuleViolation("identity.username.taken", username);
		}
		long id = accounts.create(new NewAccount(username, account.displayName().trim(), account.unit(), account.email()),
				clock.instant());
		return activation(id);
	}

	/**
	 * Opens an account with the given roles and a generated first password, returned once (for the
	 * demo site group, whose passwords are printed at creation); it must be changed at first sign-in.
	 */
	public String openWithInitialPassword(NewAccount account, Set<Grant> grants) {
		long id = open(account).accountId();
		accounts.replaceGrants(id, grants);
		return credentials.setGeneratedPassword(id);
	}

	public void update(long accountId, String displayName, String unit, String email) {
		accounts.updateDetails(existing(accountId), displayName, unit, email);
	}

	public void enable(long accountId, boolean enabled) {
		refuseSelf(accountId);
		accounts.setEnabled(existing(accountId), enabled);
	}

	public void unlock(long accountId) {
		accounts.unlock(existing(accountId));
	}

	/** Withdraws the password and issues a new activation link; API tokens are revoked too. */
	public Activation resetPassword(long accountId) {
		refuseSelf(accountId);
		accounts.withdrawPassword(existing(accountId), currentUser(), clock.instant());
		return activation(accountId);
	}

	/** The holder must enrol a second factor again at their next sign-in (a lost phone). */
	public void resetSecondFactor(long accountId) {
		accounts.resetSecondFactor(existing(accountId));
	}

	/** Replaces an account's roles, keeping the three administrators apart. */
	public void grant(long accountId, Set<Grant> grants) {
		refuseSelf(accountId);
		accounts.replaceGrants(existing(accountId), grants);
	}

	@Transactional(readOnly = true)
	public List<ApiTokenView> tokensOf(long accountId) {
		return accounts.tokens(existing(accountId));
	}

	public void revokeToken(long tokenId) {
		accounts.revokeToken(tokenId, currentUser(), clock.instant());
	}

	@Transactional(readOnly = true)
	public SecurityPolicy policy() {
		return accounts.policy();
	}

	public void updatePolicy(SecurityPolicy policy) {
		if (policy.passwordMaxAgeDays() < 1 || policy.passwordMaxAgeDays() > 365 || policy.passwordHistorySize() < 0
				|| policy.passwordHistorySize() > 24 || policy.maxFailedAttempts() < 1 || policy.maxFailedAttempts() > 10
				|| policy.lockoutMinutes() < 1 || policy.idleTimeoutMinutes() < 1 || policy.idleTimeoutMinutes() > 120) {
			throw new RuleViolation("identity.policy.outOfRange");
		}
		if (policy.totpRoles().stream().anyMatch(StaffRole::isAdministrator)) {
			throw new RuleViolation("identity.policy.administratorsAlwaysTotp");
		}
		accounts.savePolicy(policy, currentUser(), clock.instant());
	}

	private Activation activation(long accountId) {
		Instant expires = clock.instant().plus(ACTIVATION_VALIDITY);
		String token = accounts.newActivation(accountId, expires);
		String link = properties.consoleUrl().replaceAll("/+$", "") + "/activate/" + token;
		return new Activation(accountId, account(accountId).username(), link, expires);
	}

	private long existing(long accountId) {
		if (accounts.view(accountId).isEmpty()) {
			throw new NotFound("account", accountId);
		}
		return accountId;
	}

	/** The security administrator cannot change their own roles or lock themselves out. */
	private void refuseSelf(long accountId) {
		String current = access.currentUsername();
		if (current != null && accounts.view(accountId).map(AccountView::username).filter(current::equals).isPresent()) {
			throw new RuleViolation("identity.account.notYourself");
		}
	}

	private String currentUser() {
		String name = access.currentUsername();
		return name == null ? "system" : name;
	}
}
