package org.govsite.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.govsite.identity.AdministratorSetup;
import org.govsite.identity.Grant;
import org.govsite.identity.NewAccount;
import org.govsite.identity.StaffRole;
import org.govsite.platform.RuleViolation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new installation has no account at all. Its three administrators are created once, through
 * a one-time setup link printed at start, or from an initial password given in the environment.
 */
@Component
@Transactional
public class InstallationSetup {

	static final Set<StaffRole> ADMINISTRATORS = EnumSet.of(StaffRole.SYSTEM_ADMIN, StaffRole.SECURITY_ADMIN,
			StaffRole.AUDIT_ADMIN);

	private final StaffAccountRepository accounts;

	private final AccountStore store;

	private final Credentials credentials;

	private final JdbcClient jdbc;

	private final Clock clock;

	InstallationSetup(StaffAccountRepository accounts, AccountStore store, Credentials credentials, JdbcClient jdbc,
			Clock clock) {
		this.accounts = accounts;
		this.store = store;
		this.credentials = credentials;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public boolean pending() {
		return !accounts.anyAdministrator();
	}

	/** A fresh setup token (any earlier one stops working), or nothing once set up. */
	public String newToken() {
		String token = OneTimeSecrets.token();
		jdbc.sql("""
				insert into setup_token (id, token_hash, created_at) values (1, ?, ?)
				on conflict (id) do update set token_hash = excluded.token_hash, created_at = excluded.created_at""")
			.params(ApiTokens.hash(token), java.sql.Timestamp.from(clock.instant()))
			.update();
		return token;
	}

	public boolean tokenValid(String token) {
		return pending() && jdbc.sql("select count(*) from setup_token where token_hash = ?")
			.param(ApiTokens.hash(token))
			.query(Integer.class)
			.single() == 1;
	}

	/** Creates the three administrators with the passwords they chose. */
	public void complete(String token, List<AdministratorSetup> administrators) {
		if (!tokenValid(token)) {
			throw new RuleViolation("identity.setup.invalid");
		}
		Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
		administrators.forEach(admin -> roles.add(admin.role()));
		if (administrators.size() != 3 || !roles.equals(ADMINISTRATORS)) {
			throw new RuleViolation("identity.setup.threeAdministrators");
		}
		if (administrators.stream().map(a -> normalized(a.username())).distinct().count() != 3) {
			throw new RuleViolation("identity.setup.distinctPeople");
		}
		for (AdministratorSetup admin : administrators) {
			long id = create(admin.role(), admin.username(), admin.displayName());
			credentials.setChosenPassword(id, admin.password());
		}
		jdbc.sql("delete from setup_token").update();
	}

	/** Creates sysadmin, secadmin and auditadmin with one initial password, each to be changed at first sign-in. */
	public List<String> bootstrap(String initialPassword) {
		List<String> names = List.of("sysadmin", "secadmin", "auditadmin");
		List<StaffRole> roles = List.of(StaffRole.SYSTEM_ADMIN, StaffRole.SECURITY_ADMIN, StaffRole.AUDIT_ADMIN);
		List<String> displayNames = List.of("系统管理员", "安全管理员", "审计管理员");
		for (int i = 0; i < 3; i++) {
			long id = create(roles.get(i), names.get(i), displayNames.get(i));
			credentials.setInitialPassword(id, initialPassword);
		}
		return names;
	}

	private long create(StaffRole role, String username, String displayName) {
		String name = normalized(username);
		if (!name.matches("[a-z][a-z0-9._-]{2,63}")) {
			throw new RuleViolation("identity.username.invalid");
		}
		if (store.exists(name)) {
			throw new RuleViolation("identity.username.taken", name);
		}
		Instant now = clock.instant();
		long id = store.create(new NewAccount(name, displayName.isBlank() ? name : displayName.trim(), null, null), now);
		store.replaceGrants(id, Set.of(Grant.platform(role)));
		return id;
	}

	private static String normalized(String username) {
		return username.trim().toLowerCase(Locale.ROOT);
	}
}
