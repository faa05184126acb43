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

	private final @Nullable String issuerUri;

	private final @Nullable String clientId;

	private final @Nullable String clientSecret;

	private final String id;

	private final String redirectPath;

	private final AtomicReference<@Nullable ClientRegistration> read = new AtomicReference<>();

	ProvincialRegistration(CitizenProperties.Sso sso, String id) {
		this(sso.issuerUri(), sso.clientId(), sso.clientSecret(), id, "/citizen/login/oauth2/code/");
	}

	ProvincialRegistration(StaffSsoProperties sso, String id) {
		this(sso.issuerUri(), sso.clientId(), sso.clientSecret(), id, "/login/sso/code/");
	}

	private ProvincialRegistration(@Nullable String issuerUri, @Nullable String clientId, @Nullable String clientSecret,
			String id, String redirectPath) {
		this.issuerUri = issuerUri;
		this.clientId = clientId;
		this.clientSecret = clientSecret;
		this.id = id;
		this.redirectPath = redirectPath;
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
			ClientRegistration registration = ClientRegistrations.fromIssuerLocation(issuerUri)
				.registrationId(id)
				.clientId(clientId)
				.clientSecret(clientSecret)
				.scope("openid", "profile", "email")
				.redirectUri("{baseUrl}" + redirectPath + "{registrationId}")
				.build();
			read.set(registration);
			return registration;
		}
		catch (RuntimeException e) {
			log.warn("Could not read the 统一身份认证平台's discovery document at {}: {}", issuerUri, e.getMessage());
			return null;
		}
	}
}
