package org.govsite.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.govsite.identity.AccountLocked;
import org.govsite.identity.PasswordRejected;
import org.govsite.identity.SecurityPolicy;
import org.govsite.platform.FieldCipher;
import org.govsite.platform.RuleViolation;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passwords, second factors and sign-in bookkeeping: the rules of SPEC.md §12 applied to one
 * account at a time.
 */
@Component
@Transactional
public class Credentials {

	private final StaffAccountRepository accounts;

	private final PasswordHistory history;

	private final SecurityPolicyStore policies;

	private final PasswordEncoder encoder;

	private final Totp totp;

	private final FieldCipher cipher;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Credentials(StaffAccountRepository accounts, PasswordHistory history, SecurityPolicyStore policies,
			PasswordEncoder encoder, Totp totp, FieldCipher cipher, ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.history = history;
		this.policies = policies;
		this.encoder = encoder;
		this.totp = totp;
		this.cipher = cipher;
		this.events = events;
		this.clock = clock;
	}

	/** The bundle codes of the password rules this password breaks, for showing beside the field. */
	public List<String> ruleViolations(String username, String password) {
		return PasswordRules.violations(username.trim(), password);
	}

	/** Sets a password the holder chose, after checking the rules and the last few passwords. */
	public void setChosenPassword(long accountId, String password) {
		StaffAccount account = load(accountId);
		checkNewPassword(account, password);
		store(account, password, true);
	}

	/** The holder changes their password, proving they know the current one. */
	public void changePassword(long accountId, String currentPassword, String newPassword) {
		StaffAccount account = load(accountId);
		if (account.passwordHash == null || !encoder.matches(currentPassword, account.passwordHash)) {
			throw new RuleViolation("identity.password.currentWrong");
		}
		setChosenPassword(accountId, newPassword);
	}

	/** Sets a generated first password and returns it; the holder must change it at first sign-in. */
	public String setGeneratedPassword(long accountId) {
		String password = OneTimeSecrets.password();
		setInitialPassword(accountId, password);
		return password;
	}

	/** Sets a password somebody else will hand over; the holder must change it at first sign-in. */
	public void setInitialPassword(long accountId, String password) {
		StaffAccount account = load(accountId);
		checkNewPassword(account, password);
		store(account, password, false);
	}

	/** Sets the password of an account opened through an activation link, if the link is valid. */
	public String activate(String activationToken, String password) {
		StaffAccount account = accounts.findByActivationHash(ApiTokens.hash(activationToken))
			.filter(a -> a.activationExpires != null && a.activationExpires.isAfter(clock.instant()))
			.orElseThrow(() -> new RuleViolation("identity.activation.invalid"));
		checkNewPassword(account, password);
		store(account, password, true);
		return account.username;
	}

	/** The username of the account a valid activation link belongs to. */
	public Optional<String> activationHolder(String activationToken) {
		return accounts.findByActivationHash(ApiTokens.hash(activationToken))
			.filter(a -> a.activationExpires != null && a.activationExpires.isAfter(clock.instant()))
			.map(a -> a.username);
	}

	/** A new secret for the holder to load into their authenticator app; not stored until confirmed. */
	public String newSecondFactorSecret() {
		return totp.newSecret();
	}

	public String qrCode(String username, String secret) {
		return totp.qrCode(username, secret);
	}

	/** Stores the secret once the holder proved their app has it by entering a current code. */
	public boolean enrollSecondFactor(long accountId, String secret, String code) {
		StaffAccount account = load(accountId);
		OptionalLong step = totp.accept(secret, code, null);
		if (step.isEmpty()) {
			return false;
		}
		account.enrollSecondFactor(cipher.encrypt(secret), clock.instant());
		account.totpLastStep = step.getAsLong();
		accounts.save(account);
		return true;
	}

	/**
	 * Checks a code from the holder's app; a wrong code counts against the account, which locks after
	 * the policy's number of them: whoever guesses codes already knows the password.
	 */
	public boolean verifySecondFactor(long accountId, String code, @Nullable String address) {
		StaffAccount account = load(accountId);
		if (!account.hasSecondFactor() || account.isLocked(clock.instant())) {
			return false;
		}
		OptionalLong step = totp.accept(cipher.decrypt(account.totpSecret), code, account.totpLastStep);
		if (step.isEmpty()) {
			signInFailed(account);
			return false;
		}
		account.totpLastStep = step.getAsLong();
		account.signedIn(clock.instant(), address);
		accounts.save(account);
		return true;
	}

	public void signedIn(String username, @Nullable String address) {
		accounts.findByUsername(username).ifPresent(account -> {
			account.signedIn(clock.instant(), address);
			accounts.save(account);
		});
	}

	public boolean locked(String username) {
		return accounts.findByUsername(username).filter(account -> account.isLocked(clock.instant())).isPresent();
	}

	public Optional<Long> accountId(String username) {
		return accounts.findByUsername(username).map(StaffAccount::id);
	}

	public SecurityPolicy policy() {
		return policies.current();
	}

	private boolean signInFailed(StaffAccount account) {
		Instant now = clock.instant();
		boolean locked = account.signInFailed(now, policies.current());
		accounts.save(account);
		if (locked) {
			events.publishEvent(new AccountLocked(account.id(), account.username, account.lockedUntil));
		}
		return locked;
	}

	private void checkNewPassword(StaffAccount account, String password) {
		List<String> broken = new ArrayList<>(PasswordRules.violations(account.username, password));
		if (broken.isEmpty() && recentlyUsed(account, password)) {
			broken.add("identity.password.recentlyUsed");
		}
		if (!broken.isEmpty()) {
			throw new PasswordRejected(broken);
		}
	}

	private boolean recentlyUsed(StaffAccount account, String password) {
		int size = policies.current().passwordHistorySize();
		if (size == 0) {
			return false;
		}
		List<String> previous = new ArrayList<>(history.latest(account.id(), size));
		if (account.passwordHash != null && !previous.contains(account.passwordHash)) {
			previous.addFirst(account.passwordHash);
		}
		return previous.stream().limit(size).anyMatch(hash -> encoder.matches(password, hash));
	}

	private void store(StaffAccount account, String password, boolean chosenByHolder) {
		Instant now = clock.instant();
		String hash = encoder.encode(password);
		account.setPassword(hash, now, chosenByHolder);
		accounts.save(account);
		history.add(account.id(), hash, now);
	}

	private StaffAccount load(long accountId) {
		return accounts.findById(accountId).orElseThrow(() -> new org.govsite.platform.NotFound("account", accountId));
	}
}
