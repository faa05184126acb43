package org.govsite.interaction.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.govsite.platform.FieldCipher;
import org.govsite.platform.PlatformKeys;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * A writer's phone, email and ID number: encrypted at rest (SM4 through {@link FieldCipher}), and
 * a keyed digest of the phone and of the text, so that limits and duplicates are counted without
 * keeping either in the clear.
 */
@Component
public class PersonalData {

	private final FieldCipher cipher;

	private final byte[] digestKey;

	PersonalData(FieldCipher cipher, PlatformKeys keys) {
		this.cipher = cipher;
		this.digestKey = keys.key("letter-digest", 32);
	}

	public String seal(String plain) {
		return cipher.encrypt(plain);
	}

	public @Nullable String sealOptional(@Nullable String plain) {
		return plain == null || plain.isBlank() ? null : cipher.encrypt(plain.strip());
	}

	public String open(String sealed) {
		return cipher.decrypt(sealed);
	}

	/**
	 * A file sealed like a field (its Base64 encrypted), as bytes to store: an attachment may show
	 * an ID card or a face as plainly as a typed number would.
	 */
	public byte[] sealFile(byte[] content) {
		return cipher.encrypt(java.util.Base64.getEncoder().encodeToString(content)).getBytes(StandardCharsets.US_ASCII);
	}

	public byte[] openFile(byte[] sealed) {
		return java.util.Base64.getDecoder().decode(cipher.decrypt(new String(sealed, StandardCharsets.US_ASCII)));
	}

	public String digest(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(digestKey, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A phone number as staff without the need to call are shown it: 138****5678. */
	public static String maskedPhone(String phone) {
		return phone.length() < 7 ? "*".repeat(phone.length())
				: phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
	}

	public static String maskedEmail(String email) {
		int at = email.indexOf('@');
		return at <= 1 ? "***" + email.substring(Math.max(at, 0)) : email.charAt(0) + "***" + email.substring(at);
	}
}
