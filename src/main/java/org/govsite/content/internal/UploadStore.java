package org.govsite.content.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.govsite.platform.GovSiteProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The uploaded files, under {@code <data-dir>/uploads}, outside every served folder. A file is
 * named by the SHA-256 of its content (never by the name it was uploaded with), in a folder of
 * its first two hex digits; the same content is kept once.
 */
@Component
public class UploadStore {

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private final Path root;

	@Autowired
	UploadStore(GovSiteProperties properties) {
		this(properties.dataPath("uploads"));
	}

	UploadStore(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	/** What was stored: its digest and size. */
	public record Stored(String sha256, long size) {
	}

	/** Stores the bytes (already checked) and answers their digest. */
	public Stored store(byte[] content) {
		try {
			Files.createDirectories(root);
			Path temporary = Files.createTempFile(root, "upload", ".part");
			try {
				MessageDigest digest = MessageDigest.getInstance("SHA-256");
				try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), digest)) {
					out.write(content);
				}
				String sha256 = HexFormat.of().formatHex(digest.digest());
				Path target = path(sha256);
				Files.createDirectories(target.getParent());
				if (!Files.exists(target)) {
					Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
				}
				return new Stored(sha256, content.length);
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not store an upload under " + root, e);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	public InputStream open(String sha256) {
		try {
			return Files.newInputStream(path(sha256));
		}
		catch (IOException e) {
			throw new UncheckedIOException("The stored file " + sha256 + " cannot be read", e);
		}
	}

	/** Deletes the file of a digest, if it is there; the caller knows no attachment names it any more. */
	public void delete(String sha256) {
		try {
			Files.deleteIfExists(path(sha256));
		}
		catch (IOException e) {
			throw new UncheckedIOException("The stored file " + sha256 + " cannot be deleted", e);
		}
	}

	/** Where the file of a digest lives; refuses anything that is not a digest or would leave the root. */
	Path path(String sha256) {
		if (!SHA256.matcher(sha256).matches()) {
			throw new IllegalArgumentException("Not a SHA-256 digest: " + sha256);
		}
		Path path = root.resolve(sha256.substring(0, 2)).resolve(sha256).normalize();
		if (!path.startsWith(root)) {
			throw new IllegalArgumentException("Outside the uploads folder: " + sha256);
		}
		return path;
	}
}
