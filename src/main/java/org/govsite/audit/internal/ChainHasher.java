package org.govsite.audit.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.jspecify.annotations.Nullable;

/**
 * Computes the HMAC-SM3 of an audit record (商用密码 integrity, SPEC §12) over a canonical
 * encoding of every field and the previous record's hash. The encoding is unambiguous: each text
 * is preceded by its length in bytes, {@code null} has its own length (-1), numbers have a fixed
 * width, so that no two different records encode alike (moving a character from one field to
 * the next changes the hash).
 */
public final class ChainHasher {

	/** The previous hash of the first record. */
	public static final String GENESIS = "0".repeat(64);

	/** Domain separation: these bytes start every encoding, and name its version. */
	private static final byte[] DOMAIN = "govsite.audit_record.v1".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] KEY_CHECK_INPUT = "govsite.audit.chain-key-check".getBytes(StandardCharsets.US_ASCII);

	private static final int MINIMUM_KEY_BYTES = 32;

	private final byte[] key;

	public ChainHasher(byte[] key) {
		if (key.length < MINIMUM_KEY_BYTES) {
			throw new IllegalArgumentException("The audit chain key must have at least " + MINIMUM_KEY_BYTES + " bytes");
		}
		this.key = key.clone();
	}

	/** The record's hash, 64 lower-case hex digits. */
	public String hash(RecordContent record) {
		return mac(canonical(record));
	}

	/** Identifies the key without revealing it, so that a process with another key can tell. */
	public String keyCheck() {
		return mac(KEY_CHECK_INPUT);
	}

	private String mac(byte[] input) {
		HMac hmac = new HMac(new SM3Digest());
		hmac.init(new KeyParameter(key));
		hmac.update(input, 0, input.length);
		byte[] out = new byte[hmac.getMacSize()];
		hmac.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}

	static byte[] canonical(RecordContent record) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeInt(DOMAIN.length);
			out.write(DOMAIN);
			out.writeLong(record.seq());
			out.writeLong(epochMicros(record.occurredAt()));
			text(out, record.actor());
			text(out, record.action());
			text(out, record.objectType());
			text(out, record.objectId());
			text(out, record.outcome().name());
			text(out, record.sourceAddress());
			text(out, record.detail());
			text(out, record.previousHash());
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		return bytes.toByteArray();
	}

	/** Microseconds, the precision PostgreSQL keeps, so that a stored record hashes as written. */
	static long epochMicros(Instant instant) {
		return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
	}

	private static void text(DataOutputStream out, @Nullable String value) throws IOException {
		if (value == null) {
			out.writeInt(-1);
			return;
		}
		byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
		out.writeInt(utf8.length);
		out.write(utf8);
	}
}
