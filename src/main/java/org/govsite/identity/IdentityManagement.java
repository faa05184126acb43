package org.govsite.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.govsite.identity.AdministratorChange.Kind;
import org.govsite.identity.internal.AccountStore;
import org.govsite.identity.internal.Activations;
import org.govsite.identity.internal.AdministratorChangeStore;
import org.govsite.identity.internal.Credentials;
import org.govsite.identity.internal.RoleCombinations;
import org.govsite.identity.internal.SeparationOfDuties;
import org.jspecify.annotations.Nullable;
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
	public static final Duration ACTIVATION_VALIDITY = Activations.VALIDITY;

	/** The longest lifetime the policy may allow an API token. */
	public static final int MAX_API_TOKEN_DAYS = 365;

	private final AccountStore accounts;

	private final Credentials credentials;

	private final Activations activations;

	private final AdministratorChangeStore changes;

	private final StaffAccess access;

	private final Clock clock;

	IdentityManagement(AccountStore accounts, Credentials credentials, Activations activations,
			AdministratorChangeStore changes, StaffAccess access, Clock clock) {
		this.accounts = accounts;
		this.credentials = credentials;
		this.activations = activations;
		this.changes = changes;
		this.access = access;
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
		if (grants.stream().anyMatch(grant -> grant.role().isAdministrator())) {
			throw new RuleViolation("identity.change.approvalRequired");
		}
		RoleCombinations.check(accounts.policy(), Set.of(), grants);
		long id = open(account).accountId();
		accounts.replaceGrants(id, grants);
		return credentials.setGeneratedPassword(id);
	}

	/**
	 * Changes an account's details. An administrator's email, where their activation links go, is
	 * changed only once a second administrator approves: the returned request.
	 */
	public @Nullable AdministratorChange update(long accountId, String displayName, @Nullable String unit,
			@Nullable String email) {
		AccountView account = account(accountId);
		String newEmail = email == null || email.isBlank() ? null : email.trim();
		if (isAdministrator(account) && !Objects.equals(account.email(), newEmail)) {
			accounts.updateDetails(accountId, displayName, unit, account.email());
			return request(Kind.EMAIL_CHANGE, accountId, newEmail);
		}
		accounts.updateDetails(accountId, displayName, unit, newEmail);
		return null;
	}

	public void enable(long accountId, boolean enabled) {
		refuseSelf(accountId);
		accounts.setEnabled(existing(accountId), enabled);
	}

	public void unlock(long accountId) {
		accounts.unlock(existing(accountId));
	}

	/**
	 * Withdraws the password and issues a new activation link; API tokens are revoked too. For one
	 * of the three administrators only a request is made: once another administrator approves it,
	 * the link goes to the holder alone.
	 */
	public PasswordReset resetPassword(long accountId) {
		refuseSelf(accountId);
		if (isAdministrator(account(accountId))) {
			return new PasswordReset(null, request(Kind.PASSWORD_RESET, accountId, null));
		}
		accounts.withdrawPassword(accountId, currentUser(), clock.instant());
		return new PasswordReset(activation(accountId), null);
	}

	/**
	 * The holder must enrol a second factor again at their next sign-in (a lost phone); for one of
	 * the three administrators, once another administrator approves the returned request.
	 */
	public @Nullable AdministratorChange resetSecondFactor(long accountId) {
		refuseSelf(accountId);
		if (isAdministrator(account(accountId))) {
			return request(Kind.SECOND_FACTOR_RESET, accountId, null);
		}
		accounts.resetSecondFactor(accountId);
		return null;
	}

	/**
	 * Replaces an account's roles, keeping the three administrators apart and the role pairs the
	 * policy separates apart. One of the three administrator roles is not granted here but
	 * requested: the other two administrators approve it.
	 */
	public GrantOutcome grant(long accountId, Set<Grant> grants) {
		refuseSelf(accountId);
		Set<Grant> current = Set.copyOf(account(accountId).grants());
		SeparationOfDuties.check(grants);
		RoleCombinations.check(accounts.policy(), current, grants);
		Set<Grant> added = new HashSet<>(grants);
		added.removeAll(current);
		Set<Grant> removed = new HashSet<>(current);
		removed.removeAll(grants);
		Optional<Grant> administrator = added.stream().filter(grant -> grant.role().isAdministrator()).findFirst();
		if (administrator.isPresent()) {
			return new GrantOutcome(Set.of(), Set.of(),
					request(Kind.GRANT, accountId, administrator.get().role().name()));
		}
		accounts.replaceGrants(accountId, grants);
		return new GrantOutcome(added, removed, null);
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

	/** Saves the policy and says what changed, field by field. */
	public String updatePolicy(SecurityPolicy policy) {
		if (policy.passwordMaxAgeDays() < 1 || policy.passwordMaxAgeDays() > 365 || policy.passwordHistorySize() < 0
				|| policy.passwordHistorySize() > 24 || policy.maxFailedAttempts() < 1 || policy.maxFailedAttempts() > 10
				|| policy.lockoutMinutes() < 1 || policy.idleTimeoutMinutes() < 1 || policy.idleTimeoutMinutes() > 120
				|| policy.apiTokenMaxDays() < 1 || policy.apiTokenMaxDays() > MAX_API_TOKEN_DAYS) {
			throw new RuleViolation("identity.policy.outOfRange");
		}
		if (policy.totpRoles().stream().anyMatch(StaffRole::isAdministrator)) {
			throw new RuleViolation("identity.policy.administratorsAlwaysTotp");
		}
		SecurityPolicy before = accounts.policy();
		accounts.savePolicy(policy, currentUser(), clock.instant());
		return policy.changesFrom(before);
	}

	/** A link shown to the requester: only ever for accounts that hold none of the three roles. */
	private Activation activation(long accountId) {
		return activations.issue(accountId);
	}

	private AdministratorChange request(Kind kind, long accountId, @Nullable String argument) {
		long id = changes.request(kind, accountId, argument, currentUser(), StaffRole.SECURITY_ADMIN, clock.instant());
		return changes.find(id).orElseThrow();
	}

	private static boolean isAdministrator(AccountView account) {
		return account.grants().stream().anyMatch(grant -> grant.role().isAdministrator());
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
