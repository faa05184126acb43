package org.govsite.identity.internal;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Citizen accounts (公众账号) and their single sign-on.
 *
 * @param publicUrl the public address the verification links lead to
 * @param registrationsPerHour registrations one client address may send an hour
 * @param signInsPerTenMinutes sign-in attempts one client address, or one email, may make in ten minutes
 * @param verificationValidity how long an emailed verification link works
 * @param sso the provincial 统一身份认证平台 (OpenID Connect); off while its issuer is unset
 */
@ConfigurationProperties("govsite.identity.citizen")
public record CitizenProperties(@DefaultValue("http://localhost:8080") String publicUrl,
		@DefaultValue("5") int registrationsPerHour, @DefaultValue("10") int signInsPerTenMinutes,
		@DefaultValue("24h") Duration verificationValidity, @DefaultValue Sso sso) {

	/**
	 * @param issuerUri the provider's issuer; its discovery document is read at the first sign-in
	 * @param nameClaim the claim holding the citizen's name (else {@code preferred_username})
	 * @param name what the sign-in page calls the provider
	 */
	public record Sso(@Nullable String issuerUri, @Nullable String clientId, @Nullable String clientSecret,
			@DefaultValue("name") String nameClaim, @DefaultValue("统一身份认证平台") String name) {

		public boolean enabled() {
			return issuerUri != null && !issuerUri.isBlank() && clientId != null && !clientId.isBlank();
		}
	}
}
