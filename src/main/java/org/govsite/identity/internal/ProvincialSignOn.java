package org.govsite.identity.internal;

import java.time.Clock;
import java.util.Optional;

import org.govsite.identity.Citizen;
import org.govsite.identity.CitizenAccounts;
import org.govsite.platform.FieldCipher;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account of a citizen signed in by the provincial 统一身份认证平台: found by the provider's
 * issuer and subject, made at the first sign-in, its name and email taken from the claims each
 * time. An email counts only when the provider says it verified it, and only while no other
 * account has it (then the citizen signs in without one and claims nothing by it).
 */
@Component
@Transactional
public class ProvincialSignOn {

	private final CitizenStore store;

	private final CitizenAccounts accounts;

	private final FieldCipher cipher;

	private final Clock clock;

	ProvincialSignOn(CitizenStore store, CitizenAccounts accounts, FieldCipher cipher, Clock clock) {
		this.store = store;
		this.accounts = accounts;
		this.cipher = cipher;
		this.clock = clock;
	}

	public Citizen signedIn(String issuer, String subject, @Nullable String name, @Nullable String email, boolean emailVerified) {
		String shown = name == null || name.isBlank() ? "公众用户" : name.strip();
		if (shown.codePointCount(0, shown.length()) > 40 || shown.codePoints().anyMatch(Character::isISOControl)) {
			shown = "公众用户";
		}
		Optional<CitizenStore.Row> known = store.bySubject(issuer, subject);
		String digest = emailVerified && email != null && !email.isBlank() ? accounts.emailDigest(email) : null;
		if (digest != null && store.byEmail(digest).filter(row -> known.map(k -> k.id() != row.id()).orElse(true)).isPresent()) {
			digest = null;
		}
		String sealedEmail = digest == null ? null : cipher.encrypt(email.strip().toLowerCase(java.util.Locale.ROOT));
		long id;
		if (known.isPresent()) {
			id = known.get().id();
			store.update(id, cipher.encrypt(shown), sealedEmail, digest);
		}
		else {
			id = store.insert(sealedEmail, digest, digest != null, cipher.encrypt(shown), null, issuer, subject, clock.instant());
		}
		store.signedIn(id, clock.instant());
		return new Citizen(id, shown, digest == null ? null : email.strip().toLowerCase(java.util.Locale.ROOT));
	}
}
