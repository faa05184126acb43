package org.govsite.platform;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

import org.springframework.stereotype.Component;

/**
 * Encrypts sensitive fields at rest with SM4 in GCM mode (GB/T 39786 level 3): passwords' second
 * factors, ID numbers, phone numbers. The stored form is {@code sm4gcm:<base64(nonce ‖ ciphertext ‖ tag)>}.
 */
@Component
public class FieldCipher {

	private static final String PREFIX = "sm4gcm:";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final byte[] key;

	private final SecureRandom random = new SecureRandom();

	public FieldCipher(PlatformKeys keys) {
		this.key = keys.key("field-encryption", 16);
	}

	public String encrypt(String plain) {
		byte[] nonce = new byte[NONCE_BYTES];
		random.nextBytes(nonce);
		byte[] sealed = run(true, nonce, plain.getBytes(StandardCharsets.UTF_8));
		byte[] stored = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
		System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
		return PREFIX + Base64.getEncoder().encodeToString(stored);
	}

	public String decrypt(String stored) {
		if (!stored.startsWith(PREFIX)) {
			throw new IllegalArgumentException("Not an encrypted field");
		}
		byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
		byte[] nonce = Arrays.copyOf(bytes, NONCE_BYTES);
		byte[] sealed = Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length);
		return new String(run(false, nonce, sealed), StandardCharsets.UTF_8);
	}

	private byte[] run(boolean encrypt, byte[] nonce, byte[] input) {
		GCMModeCipher cipher = GCMBlockCipher.newInstance(new SM4Engine());
		cipher.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_BITS, nonce));
		byte[] output = new byte[cipher.getOutputSize(input.length)];
		int length = cipher.processBytes(input, 0, input.length, output, 0);
		try {
			length += cipher.doFinal(output, length);
		}
		catch (InvalidCipherTextException e) {
			throw new IllegalStateException("An encrypted field was altered or the key is wrong", e);
		}
		return Arrays.copyOf(output, length);
	}
}
