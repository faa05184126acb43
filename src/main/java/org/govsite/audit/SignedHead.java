package org.govsite.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * The audit chain's head as the platform signed it at a moment: the newest record's seq and
 * hash. The audit administrator keeps these outside the server; a chain recomputed after a change
 * (even by someone holding the chain key) no longer has this hash at this seq.
 *
 * @param seq the newest record's seq when signed
 * @param hash that record's hash
 * @param signedAt when it was signed
 * @param keyId which installation key signed it (the start of the SM3 digest of its public key)
 * @param signature the SM2 signature (DER, Base64) of {@link #signedContent()}
 */
public record SignedHead(long seq, String hash, Instant signedAt, String keyId, String signature) {

	private static final String PREFIX = "govsite-audit-head v1";

	/** The bytes the signature covers. */
	public byte[] signedContent() {
		return String.join("|", "govsite.audit.head.v1", Long.toString(seq), hash, signedAt.toString(), keyId)
			.getBytes(StandardCharsets.UTF_8);
	}

	/** One line of the exported file, as {@link #parse} reads it back. */
	public String line() {
		return PREFIX + " seq=" + seq + " hash=" + hash + " signed-at=" + signedAt + " key=" + keyId + " sig=" + signature;
	}

	/** Whether a line of an exported file holds a head (and is not a comment or blank). */
	public static boolean isHeadLine(String line) {
		return line.strip().startsWith(PREFIX);
	}

	/** Reads a line written by {@link #line()}; anything else is refused. */
	public static SignedHead parse(String line) {
		String text = line.strip();
		if (!text.startsWith(PREFIX + " ")) {
			throw new IllegalArgumentException("Not a signed audit chain head");
		}
		Map<String, String> fields = new HashMap<>();
		for (String token : text.substring(PREFIX.length()).strip().split("\\s+")) {
			int equals = token.indexOf('=');
			if (equals <= 0 || fields.put(token.substring(0, equals), token.substring(equals + 1)) != null) {
				throw new IllegalArgumentException("Not a signed audit chain head");
			}
		}
		try {
			SignedHead head = new SignedHead(Long.parseLong(required(fields, "seq")), required(fields, "hash"),
					Instant.parse(required(fields, "signed-at")), required(fields, "key"), required(fields, "sig"));
			if (head.seq() < 0 || !head.hash().matches("[0-9a-f]{64}") || fields.size() != 5) {
				throw new IllegalArgumentException("Not a signed audit chain head");
			}
			return head;
		}
		catch (NumberFormatException | DateTimeParseException e) {
			throw new IllegalArgumentException("Not a signed audit chain head", e);
		}
	}

	private static String required(Map<String, String> fields, String name) {
		String value = fields.get(name);
		if (value == null || value.isEmpty()) {
			throw new IllegalArgumentException("Not a signed audit chain head");
		}
		return value;
	}
}
