package org.govsite.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.stereotype.Component;

/**
 * The platform's secret keys (for SM4 encryption at rest, the audit chain's HMAC ...). Each is
 * generated on first use into {@code <data-dir>/keys/<name>.key}, readable by the owner only,
 * unless the operator supplies it as {@code govsite.keys.<name>} (Base64), e.g. from a vault.
 * Back the keys folder up with the database: data encrypted with a lost key is lost.
 */
@Component
public class PlatformKeys {

	private final GovSiteProperties properties;

	private final org.springframework.core.env.Environment environment;

	private final ConcurrentMap<String, byte[]> keys = new ConcurrentHashMap<>();

	public PlatformKeys(GovSiteProperties properties, org.springframework.core.env.Environment environment) {
		this.properties = properties;
		this.environment = environment;
	}

	/** The key of the given name and length in bytes, loading or creating it once. */
	public byte[] key(String name, int length) {
		return keys.computeIfAbsent(name, n -> loadOrCreate(n, length)).clone();
	}

	private byte[] loadOrCreate(String name, int length) {
		String configured = environment.getProperty("govsite.keys." + name);
		if (configured != null && !configured.isBlank()) {
			return checked(name, Base64.getDecoder().decode(configured.trim()), length);
		}
		Path file = properties.dataPath("keys").resolve(name + ".key");
		try {
			if (Files.exists(file)) {
				return checked(name, Base64.getDecoder().decode(Files.readString(file).trim()), length);
			}
			Files.createDirectories(file.getParent());
			byte[] key = new byte[length];
			new SecureRandom().nextBytes(key);
			Files.writeString(file, Base64.getEncoder().encodeToString(key));
			restrictToOwner(file);
			return key;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read or create the key " + file, e);
		}
	}

	private static byte[] checked(String name, byte[] key, int length) {
		if (key.length != length) {
			throw new IllegalStateException("The key " + name + " must be " + length + " bytes, not " + key.length);
		}
		return key;
	}

	private static void restrictToOwner(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException notPosix) {
			// Windows: the folder's ACL applies
		}
	}
}
