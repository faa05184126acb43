package org.govsite.identity;

import java.util.Set;
import java.util.UUID;

import org.govsite.identity.internal.AccountStore;
import org.govsite.identity.internal.Credentials;

import org.springframework.stereotype.Component;

/** Creates staff accounts with known passwords for tests, bypassing the console. */
@Component
public class TestAccounts {

	public static final String PASSWORD = "Test#2026pwd";

	private final AccountStore accounts;

	private final Credentials credentials;

	private final java.time.Clock clock;

	TestAccounts(AccountStore accounts, Credentials credentials, java.time.Clock clock) {
		this.accounts = accounts;
		this.credentials = credentials;
		this.clock = clock;
	}

	/** A unique username with the given prefix. */
	public static String uniqueName(String prefix) {
		return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	/** Enrols a second factor for the account, as its holder would with their authenticator. */
	public void enrollSecondFactor(long accountId) {
		String secret = credentials.newSecondFactorSecret();
		String code;
		try {
			code = new dev.samstevens.totp.code.DefaultCodeGenerator(dev.samstevens.totp.code.HashingAlgorithm.SHA1, 6)
				.generate(secret, clock.millis() / 1000 / 30);
		}
		catch (dev.samstevens.totp.exceptions.CodeGenerationException e) {
			throw new IllegalStateException(e);
		}
		if (!credentials.enrollSecondFactor(accountId, secret, code)) {
			throw new IllegalStateException("The code was refused");
		}
	}

	/** An active account whose holder chose {@link #PASSWORD}. */
	public long create(String username, Grant... grants) {
		long id = accounts.create(new NewAccount(username, "测试 " + username, "测试单位", null), java.time.Instant.now());
		accounts.replaceGrants(id, Set.of(grants));
		credentials.setChosenPassword(id, PASSWORD);
		return id;
	}

	/** The same, with an email address (for tests of what is emailed to a role's holders). */
	public long createWithEmail(String username, String email, Grant... grants) {
		long id = accounts.create(new NewAccount(username, "测试 " + username, "测试单位", email), java.time.Instant.now());
		accounts.replaceGrants(id, Set.of(grants));
		credentials.setChosenPassword(id, PASSWORD);
		return id;
	}

	/** Disables the account, as the security administrator would. */
	public void disable(long id) {
		accounts.setEnabled(id, false);
	}
}
