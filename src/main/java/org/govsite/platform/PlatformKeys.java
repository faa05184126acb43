package org.govsite.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The platform's secret keys (SM4 encryption at rest, the audit chain's HMAC ...). A key is
 * supplied by the operator as Base64 (in a module's own property, or {@code govsite.keys.<name>}),
 * or else generated on first use into {@code <data-dir>/keys/<name>.key}, readable by the owner
 * only. Back the keys folder up with the database: what a lost key protected is lost with it.
 */
@Component
public class PlatformKeys {

	private static final Logger log = LoggerFactory.getLogger(PlatformKeys.class);

	private final Path directory;

	private final Environment environment;

	private final ConcurrentMap<String, byte[]> keys = new ConcurrentHashMap<>();

	@Autowired
	public PlatformKeys(GovSiteProperties properties, Environment environment) {
		this(properties.dataPath("keys"), environment);
	}

	PlatformKeys(Path directory, Environment environment) {
		this.directory = directory;
		this.environment = environment;
	}

	/** The key of the given name: from {@code govsite.keys.<name>}, or its key file. */
	public byte[] key(String name, int length) {
		return key(name, length, environment.getProperty("govsite.keys." + name));
	}

	/** The key of the given name, preferring an operator-supplied Base64 value when there is one. */
	public byte[] key(String name, int length, @Nullable String configured) {
		return keys.computeIfAbsent(name, n -> configured != null && !configured.isBlank()
				? checked(decode(configured, "the configured key " + n), length, "the configured key " + n)
				: fromFile(n, length)).clone();
	}

	/** Where a generated key of this name lives. */
	public Path file(String name) {
		return directory.resolve(name + ".key");
	}

	private byte[] fromFile(String name, int length) {
		Path file = file(name);
		try {
			if (!Files.exists(file)) {
				generate(file, length);
			}
			return checked(decode(Files.readString(file, StandardCharsets.US_ASCII), file.toString()), length, file.toString());
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read or create the key " + file, e);
		}
	}

	/**
	 * Writes the new key to a temporary file only the owner may read, then moves it into place
	 * without replacing: if another process won the race, its key is the one kept.
	 */
	private void generate(Path file, int length) throws IOException {
		boolean posix = directory.getFileSystem().supportedFileAttributeViews().contains("posix");
		if (posix) {
			Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		}
		else {
			Files.createDirectories(directory);
		}
		byte[] key = new byte[length];
		new SecureRandom().nextBytes(key);
		String prefix = file.getFileName().toString();
		Path temporary = posix
				? Files.createTempFile(directory, prefix, ".new", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
				: Files.createTempFile(directory, prefix, ".new");
		try {
			Files.writeString(temporary, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
			Files.move(temporary, file);
			log.info("Generated the key {}; keep it with the backups of the database", file);
		}
		catch (FileAlreadyExistsException concurrent) {
			// another process generated it first; its key is read next
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static byte[] decode(String base64, String source) {
		try {
			return Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException e) {
			throw new IllegalStateException(source + " is not Base64", e);
		}
	}

	/** A supplied key may be longer than needed (HMAC keys), never shorter. */
	private static byte[] checked(byte[] key, int length, String source) {
		if (key.length < length) {
			throw new IllegalStateException(source + " must have at least " + length + " bytes, not " + key.length);
		}
		return key;
	}
}
