package org.govsite.identity.internal;

import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The provincial 统一身份认证平台 as an OpenID Connect client registration, read from its issuer's
 * discovery document at the first sign-in rather than at start: the platform starts while the
 * provider is down, and a failed read is tried again at the next sign-in.
 */
final class ProvincialRegistration implements ClientRegistrationRepository {

	private static final Logger log = LoggerFactory.getLogger(ProvincialRegistration.class);

	private final CitizenProperties.Sso sso;

	private final String id;

	private final AtomicReference<@Nullable ClientRegistration> read = new AtomicReference<>();

	ProvincialRegistration(CitizenProperties.Sso sso, String id) {
		this.sso = sso;
		this.id = id;
	}

	@Override
	public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
		if (!id.equals(registrationId)) {
			return null;
		}
		ClientRegistration known = read.get();
		if (known != null) {
			return known;
		}
		try {
			ClientRegistration registration = ClientRegistrations.fromIssuerLocation(sso.issuerUri())
				.registrationId(id)
				.clientId(sso.clientId())
				.clientSecret(sso.clientSecret())
				.scope("openid", "profile", "email")
				.redirectUri("{baseUrl}/citizen/login/oauth2/code/{registrationId}")
				.build();
			read.set(registration);
			return registration;
		}
		catch (RuntimeException e) {
			log.warn("Could not read the 统一身份认证平台's discovery document at {}: {}", sso.issuerUri(), e.getMessage());
			return null;
		}
	}
}
