package org.govsite.backup.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The SHA-256 of every file of a backup set, in the format of {@code sha256sum} ("hash, two
 * spaces, path", paths relative to the set's folder), so that an operator can also check a copy
 * kept elsewhere with {@code sha256sum -c manifest.sha256}. It is written last: a set without it
 * is incomplete.
 */
final class Manifest {

	static final String FILE = "manifest.sha256";

	private final Map<String, String> hashes;

	private Manifest(Map<String, String> hashes) {
		this.hashes = hashes;
	}

	/** Hashes every file under the folder but the manifest itself. */
	static Manifest of(Path folder) {
		Map<String, String> hashes = new TreeMap<>();
		for (Path file : files(folder)) {
			hashes.put(relative(folder, file), sha256(file));
		}
		return new Manifest(hashes);
	}

	static Manifest read(Path folder) {
		Map<String, String> hashes = new TreeMap<>();
		try {
			for (String line : Files.readAllLines(folder.resolve(FILE), StandardCharsets.UTF_8)) {
				if (line.isBlank()) {
					continue;
				}
				int gap = line.indexOf("  ");
				if (gap != 64) {
					throw new IllegalArgumentException("Not a manifest line: " + line);
				}
				hashes.put(line.substring(66), line.substring(0, 64));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new Manifest(hashes);
	}

	/** Writes the manifest into the folder and answers the manifest file's own SHA-256. */
	String write(Path folder) {
		StringBuilder text = new StringBuilder();
		hashes.forEach((path, hash) -> text.append(hash).append("  ").append(path).append('\n'));
		try {
			Files.writeString(folder.resolve(FILE), text, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return sha256(folder.resolve(FILE));
	}

	/**
	 * What differs between the folder and this manifest: files changed, missing or not listed,
	 * each as "changed: path" and so on; empty when the folder is intact.
	 */
	List<String> problems(Path folder) {
		List<String> problems = new ArrayList<>();
		Map<String, String> unseen = new TreeMap<>(hashes);
		for (Path file : files(folder)) {
			String path = relative(folder, file);
			String expected = unseen.remove(path);
			if (expected == null) {
				problems.add("unlisted: " + path);
			}
			else if (!expected.equals(sha256(file))) {
				problems.add("changed: " + path);
			}
		}
		unseen.keySet().forEach(path -> problems.add("missing: " + path));
		return problems;
	}

	Map<String, String> hashes() {
		return Map.copyOf(hashes);
	}

	static String sha256(Path file) {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static List<Path> files(Path folder) {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile)
				.filter(file -> !file.equals(folder.resolve(FILE)))
				.sorted()
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String relative(Path folder, Path file) {
		return folder.relativize(file).toString().replace('\\', '/');
	}
}
