package org.govsite.backup.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The data directory's files in a backup set: uploads, published sites, keys and the signed audit
 * heads, copied as they are under {@code files/<folder>/}. The embedded database's role passwords
 * ({@code keys/database-*.key}) stay out: they belong to the database server, not to the data.
 */
final class FileSets {

	private FileSets() {
	}

	static void copyIn(Path dataDir, Path set) {
		for (String root : BackupProperties.FILE_ROOTS) {
			Path from = dataDir.resolve(root);
			if (Files.isDirectory(from)) {
				copyTree(from, set.resolve("files").resolve(root), root.equals("keys"));
			}
		}
	}

	/** Refuses unless the data directory holds none of the files a restore would write. */
	static void checkEmpty(Path dataDir) {
		for (String root : BackupProperties.FILE_ROOTS) {
			Path folder = dataDir.resolve(root);
			if (Files.isDirectory(folder) && !files(folder).stream()
				.allMatch(file -> root.equals("keys") && databaseKey(file))) {
				throw new BackupRefused("backup.refused.filesPresent", folder.toString());
			}
		}
	}

	static void restore(Path set, Path dataDir) {
		for (String root : BackupProperties.FILE_ROOTS) {
			Path from = set.resolve("files").resolve(root);
			if (Files.isDirectory(from)) {
				copyTree(from, dataDir.resolve(root), false);
			}
		}
	}

	static void deleteTree(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void copyTree(Path from, Path to, boolean skipDatabaseKeys) {
		try {
			for (Path file : files(from)) {
				if (skipDatabaseKeys && databaseKey(file)) {
					continue;
				}
				Path target = to.resolve(from.relativize(file).toString()).normalize();
				if (!target.startsWith(to)) {
					throw new IllegalStateException("A path outside its folder: " + file);
				}
				Files.createDirectories(target.getParent());
				Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
				if (target.startsWith(to) && to.getFileName().toString().equals("keys")) {
					ownerOnly(target);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static boolean databaseKey(Path file) {
		return file.getFileName().toString().startsWith("database-");
	}

	private static void ownerOnly(Path file) throws IOException {
		PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
		if (view != null) {
			view.setPermissions(PosixFilePermissions.fromString("rw-------"));
		}
	}

	/** Regular files only: a symbolic link is neither followed nor copied. */
	private static List<Path> files(Path folder) {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
