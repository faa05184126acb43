package org.govsite.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the chain key comes from: {@code govsite.audit.chain-key} when set, else the key file
 * under the data directory, generated on first start and readable by the platform's user only.
 */
final class ChainKeys {

	static final String FILE_NAME = "audit-chain.key";

	private static final Logger log = LoggerFactory.getLogger(ChainKeys.class);

	private static final int GENERATED_KEY_BYTES = 32;

	private ChainKeys() {
	}

	static byte[] load(@Nullable String configured, Path keysDirectory) {
		if (configured != null && !configured.isBlank()) {
			return decode(configured, "govsite.audit.chain-key");
		}
		Path file = keysDirectory.resolve(FILE_NAME);
		try {
			if (!Files.exists(file)) {
				generate(keysDirectory, file);
			}
			return decode(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read or create the audit chain key " + file, e);
		}
	}

	private static byte[] decode(String base64, String source) {
		try {
			return Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException e) {
			throw new IllegalStateException("The audit chain key in " + source + " is not base64", e);
		}
	}

	/**
	 * Writes the new key to a temporary file that only the owner may read, then moves it into
	 * place without replacing: if another process won the race, its key is the one kept.
	 */
	private static void generate(Path directory, Path file) throws IOException {
		boolean posix = directory.getFileSystem().supportedFileAttributeViews().contains("posix");
		if (posix) {
			Files.createDirectories(directory,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		}
		else {
			Files.createDirectories(directory);
		}
		byte[] key = new byte[GENERATED_KEY_BYTES];
		new SecureRandom().nextBytes(key);
		Path temporary = posix
				? Files.createTempFile(directory, FILE_NAME, ".new", PosixFilePermissions.asFileAttribute(ownerOnly()))
				: Files.createTempFile(directory, FILE_NAME, ".new");
		try {
			Files.writeString(temporary, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
			Files.move(temporary, file);
			log.info("Generated the audit chain key {}; keep it with the backups of the database", file);
		}
		catch (FileAlreadyExistsException concurrent) {
			// another process generated it first
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static Set<PosixFilePermission> ownerOnly() {
		return PosixFilePermissions.fromString("rw-------");
	}
}
