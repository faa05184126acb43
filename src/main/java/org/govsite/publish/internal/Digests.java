package org.govsite.publish.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, the digest of the manifest and of published file names. */
public final class Digests {

	private Digests() {
	}

	public static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every JVM has SHA-256", e);
		}
	}

	public static byte[] sha256(byte[] content) {
		return sha256().digest(content);
	}

	public static String sha256Hex(byte[] content) {
		return HexFormat.of().formatHex(sha256(content));
	}
}
