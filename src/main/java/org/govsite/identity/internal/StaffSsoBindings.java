package org.govsite.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.govsite.platform.RuleViolation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which staff account a subject of the provincial 统一身份认证平台 signs in to. Only a binding its
 * holder made counts, never the provider's claims, and the three administrators (三员) have none:
 * they cannot bind, and a binding left on an account that later became one is ignored.
 */
@Component
@Transactional
public class StaffSsoBindings {

	/** Why a provider's sign-in reaches no account; each has a message {@code identity.login.error.sso-…}. */
	public enum Refusal {
		UNBOUND, ADMINISTRATOR, DISABLED
	}

	/** The outcome of a provider's sign-in: the account's user, or why there is none ({@code username} empty when unbound). */
	public record SignIn(Optional<StaffUser> user, Optional<Refusal> refusal, String username) {
	}

	private final JdbcClient jdbc;

	private final StaffAccountRepository accounts;

	private final StaffUserDetailsService users;

	private final Clock clock;

	StaffSsoBindings(JdbcClient jdbc, StaffAccountRepository accounts, StaffUserDetailsService users, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.users = users;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<Instant> boundAt(long accountId) {
		return jdbc.sql("select bound_at from identity_staff_sso_binding where staff_account = ?").param(accountId)
			.query(Timestamp.class).optional().map(Timestamp::toInstant);
	}

	/** Binds the account to the subject, in place of any earlier binding of the account. */
	public void bind(long accountId, String issuer, String subject) {
		StaffAccount account = accounts.findById(accountId).orElseThrow(() -> new RuleViolation("identity.sso.noAccount"));
		if (account.isAdministrator()) {
			throw new RuleViolation("identity.sso.administrator");
		}
		Optional<Long> holder = jdbc.sql("select staff_account from identity_staff_sso_binding where issuer = ? and subject = ?")
			.params(issuer, subject).query(Long.class).optional();
		if (holder.isPresent() && holder.get() != accountId) {
			throw new RuleViolation("identity.sso.taken");
		}
		jdbc.sql("""
				insert into identity_staff_sso_binding (staff_account, issuer, subject, bound_at) values (?, ?, ?, ?)
				on conflict (staff_account) do update set issuer = excluded.issuer, subject = excluded.subject, bound_at = excluded.bound_at""")
			.params(accountId, issuer, subject, Timestamp.from(clock.instant())).update();
	}

	public boolean unbind(long accountId) {
		return jdbc.sql("delete from identity_staff_sso_binding where staff_account = ?").param(accountId).update() > 0;
	}

	/**
	 * The account a provider's subject signs in to. The user returned owes the TOTP code whatever
	 * the security policy says of password sign-ins: the provider stands for the first factor only.
	 */
	@Transactional(readOnly = true)
	public SignIn signIn(String issuer, String subject) {
		Optional<StaffAccount> bound = jdbc.sql("select staff_account from identity_staff_sso_binding where issuer = ? and subject = ?")
			.params(issuer, subject).query(Long.class).optional().flatMap(accounts::findById);
		if (bound.isEmpty()) {
			return new SignIn(Optional.empty(), Optional.of(Refusal.UNBOUND), "");
		}
		StaffAccount account = bound.get();
		if (account.isAdministrator()) {
			return new SignIn(Optional.empty(), Optional.of(Refusal.ADMINISTRATOR), account.username);
		}
		StaffUser user = users.toUser(account);
		if (!user.isEnabled() || !user.isAccountNonLocked()) {
			return new SignIn(Optional.empty(), Optional.of(Refusal.DISABLED), account.username);
		}
		return new SignIn(Optional.of(user.withSecondFactorDemanded()), Optional.empty(), account.username);
	}
}
