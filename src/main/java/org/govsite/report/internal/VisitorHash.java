package org.govsite.report.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.jspecify.annotations.Nullable;

/**
 * Who a visitor is for one day on one site: SHA-256 over the day's salt, the site, the address and
 * the browser's agent. The address is used here and nowhere kept; the salt is deleted after its
 * day, so a hash cannot be traced back by trying addresses.
 */
public final class VisitorHash {

	private VisitorHash() {
	}

	public static byte[] of(byte[] salt, long siteId, String address, @Nullable String userAgent) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(salt);
			digest.update((siteId + "\n" + address + "\n" + (userAgent == null ? "" : userAgent)).getBytes(StandardCharsets.UTF_8));
			return digest.digest();
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
