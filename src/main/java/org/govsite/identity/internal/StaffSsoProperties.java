package org.govsite.identity.internal;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Staff sign-in through the provincial 统一身份认证平台 (OpenID Connect), apart from the citizens'
 * provider: a province may run one for citizens and another, or none, for staff. Off unless
 * {@code enabled} and the issuer and client id are set (ADR 0003, addendum).
 *
 * @param issuerUri the provider's issuer; its discovery document is read at the first sign-in
 * @param name what the console's pages call the provider
 */
@ConfigurationProperties("govsite.identity.staff.sso")
public record StaffSsoProperties(@DefaultValue("false") boolean enabled, @Nullable String issuerUri,
		@Nullable String clientId, @Nullable String clientSecret, @DefaultValue("统一身份认证平台") String name) {

	public boolean active() {
		return enabled && issuerUri != null && !issuerUri.isBlank() && clientId != null && !clientId.isBlank();
	}
}
