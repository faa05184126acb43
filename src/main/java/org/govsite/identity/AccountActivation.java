package org.govsite.identity;

import java.util.Optional;

import org.govsite.identity.internal.Credentials;

import org.springframework.stereotype.Component;

/**
 * The page behind an {@link Activation} link: whose link it is, and the holder setting their own
 * password. Only a holder of the link's token gets anywhere.
 */
@Component
public class AccountActivation {

	private final Credentials credentials;

	AccountActivation(Credentials credentials) {
		this.credentials = credentials;
	}

	/** The username of the account a valid (not expired) link belongs to. */
	public Optional<String> holder(String activationToken) {
		return credentials.activationHolder(activationToken);
	}

	/**
	 * Sets the holder's password: refused with {@link PasswordRejected} when it breaks a rule, with a
	 * {@code RuleViolation} when the link is not valid. @return the username
	 */
	public String activate(String activationToken, String password) {
		return credentials.activate(activationToken, password);
	}

}
