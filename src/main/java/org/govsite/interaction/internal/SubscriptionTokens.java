package org.govsite.interaction.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.govsite.platform.PlatformKeys;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The links of a subscription's emails, signed rather than stored: {@code <id>.<HMAC-SHA256 of the
 * purpose and id>}. The confirmation link works until the unconfirmed request is removed (a week);
 * the unsubscribe link for as long as the subscription exists, without signing in, and only for it.
 */
@Component
public class SubscriptionTokens {

	/** What a token lets its holder do. */
	public enum Purpose {
		CONFIRM, UNSUBSCRIBE
	}

	private final byte[] key;

	SubscriptionTokens(PlatformKeys keys) {
		this.key = keys.key("subscription-token", 32);
	}

	public String issue(Purpose purpose, long subscriptionId) {
		return subscriptionId + "." + signature(purpose, subscriptionId);
	}

	/** The subscription the token is for, if it is one of ours for this purpose. */
	public OptionalLong verify(Purpose purpose, @Nullable String token) {
		if (token == null || token.length() > 80 || !token.matches("[0-9]{1,18}\\.[A-Za-z0-9_-]+")) {
			return OptionalLong.empty();
		}
		long id = Long.parseLong(token.substring(0, token.indexOf('.')));
		byte[] expected = signature(purpose, id).getBytes(StandardCharsets.US_ASCII);
		byte[] given = token.substring(token.indexOf('.') + 1).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, given) ? OptionalLong.of(id) : OptionalLong.empty();
	}

	private String signature(Purpose purpose, long id) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			byte[] digest = mac.doFinal((purpose.name() + ":" + id).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
