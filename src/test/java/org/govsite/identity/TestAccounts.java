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

	TestAccounts(AccountStore accounts, Credentials credentials) {
		this.accounts = accounts;
		this.credentials = credentials;
	}

	/** A unique username with the given prefix. */
	public static String uniqueName(String prefix) {
		return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	/** An active account whose holder chose {@link #PASSWORD}. */
	public long create(String username, Grant... grants) {
		long id = accounts.create(new NewAccount(username, "测试 " + username, "测试单位", null), java.time.Instant.now());
		accounts.replaceGrants(id, Set.of(grants));
		credentials.setChosenPassword(id, PASSWORD);
		return id;
	}

	/** Disables the account, as the security administrator would. */
	public void disable(long id) {
		accounts.setEnabled(id, false);
	}
}
