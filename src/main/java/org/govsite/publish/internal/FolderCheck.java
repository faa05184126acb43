package org.govsite.publish.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares a site's folder with its manifest (网页防篡改): which files differ from what was
 * published, which are missing, and which are there without having been published. A publish's
 * own temporary files are not the site's and are left to it. A link or anything else that is not a
 * plain file counts as altered: it is replaced by the file it stands for.
 */
public final class FolderCheck {

	private FolderCheck() {
	}

	/** What differs between the folder and the manifest. */
	public record Findings(Set<String> changed, Set<String> missing, Set<String> added) {

		public boolean clean() {
			return changed.isEmpty() && missing.isEmpty() && added.isEmpty();
		}

		/** The files to write again from the manifest's source. */
		public Set<String> toRestore() {
			Set<String> all = new TreeSet<>(changed);
			all.addAll(missing);
			return all;
		}
	}

	/** Every file of the folder against the whole manifest (path to SHA-256). */
	public static Findings all(Path root, Map<String, String> manifest) {
		Set<String> onDisk = new TreeSet<>();
		if (Files.isDirectory(root)) {
			try {
				Files.walkFileTree(root, new SimpleFileVisitor<>() {

					@Override
					public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
						onDisk.add(relative(root, file));
						return FileVisitResult.CONTINUE;
					}
				});
			}
			catch (IOException e) {
				throw new UncheckedIOException("Could not read the published folder " + root, e);
			}
		}
		Set<String> paths = new TreeSet<>(manifest.keySet());
		paths.addAll(onDisk);
		return of(root, paths, manifest);
	}

	/**
	 * The named files only (those a file-system event named), against the manifest's digests of
	 * them: a path the manifest lacks and the disk has was added.
	 */
	public static Findings of(Path root, Collection<String> paths, Map<String, String> manifest) {
		Set<String> changed = new TreeSet<>();
		Set<String> missing = new TreeSet<>();
		Set<String> added = new TreeSet<>();
		for (String path : paths) {
			if (isTemporary(path)) {
				continue;
			}
			Path file = root.resolve(path).normalize();
			if (!file.startsWith(root)) {
				continue;
			}
			String expected = manifest.get(path);
			boolean present = Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS);
			if (expected == null) {
				if (present) {
					added.add(path);
				}
			}
			else if (!present) {
				missing.add(path);
			}
			else if (!expected.equals(sha256(file))) {
				changed.add(path);
			}
		}
		return new Findings(changed, missing, added);
	}

	/** A publish's file being written: {@code .<name>.<random>.tmp}. */
	public static boolean isTemporary(String path) {
		String name = path.substring(path.lastIndexOf('/') + 1);
		return name.startsWith(".") && name.endsWith(FolderWriter.TEMPORARY_SUFFIX);
	}

	static String relative(Path root, Path file) {
		return root.relativize(file).toString().replace('\\', '/');
	}

	/** The file's digest; an empty text for what is not a plain file or vanished meanwhile. */
	private static String sha256(Path file) {
		if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
			return "";
		}
		MessageDigest digest = Digests.sha256();
		try (InputStream in = new DigestInputStream(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), digest)) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
		}
		catch (NoSuchFileException gone) {
			return "";
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read the published file " + file, e);
		}
		return HexFormat.of().formatHex(digest.digest());
	}
}
