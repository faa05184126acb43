package org.govsite.backup.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Finds pg_dump and pg_restore and checks them against the server before they touch a backup. A
 * program is an absolute path, or a bare name looked up only in the PATH's absolute folders (a
 * relative one such as {@code .} would run whatever the working directory holds). A tool older
 * than the server refuses to dump it, or cannot read what a newer one wrote: that is said in
 * Chinese before anything runs, instead of an English error in the middle of a backup.
 */
final class PgTools {

	private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)");

	private PgTools() {
	}

	/** The program's absolute path; refused when it is relative, absent or not executable. */
	static Path resolve(String program, @Nullable String pathVariable) {
		if (program.indexOf('/') >= 0) {
			Path path = Path.of(program);
			if (path.isAbsolute() && Files.isRegularFile(path) && Files.isExecutable(path)) {
				return path.normalize();
			}
			throw new BackupRefused("backup.refused.pgTool", program);
		}
		if (!program.isBlank() && pathVariable != null) {
			for (String folder : pathVariable.split(":")) {
				Path candidate = folder.startsWith("/") ? Path.of(folder, program) : null;
				if (candidate != null && Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
					return candidate.normalize();
				}
			}
		}
		throw new BackupRefused("backup.refused.pgTool", program);
	}

	/** The major version in a tool's {@code --version} line, {@code pg_dump (PostgreSQL) 15.20 (Debian ...)}. */
	static int major(String versionLine) {
		Matcher matcher = VERSION.matcher(versionLine);
		if (!matcher.find()) {
			throw new BackupRefused("backup.refused.pgTool", versionLine.strip());
		}
		return Integer.parseInt(matcher.group(1));
	}

	/** Refuses a tool whose major version is older than the server's. */
	static void checkNewEnough(Path tool, int toolMajor, int serverMajor) {
		if (toolMajor < serverMajor) {
			throw new BackupRefused("backup.refused.pgVersion", tool.toString(), toolMajor, serverMajor);
		}
	}

	/** Runs {@code tool --version} (an argument list, no shell) and answers its major version. */
	static int majorOf(Path tool) {
		try {
			Process process = new ProcessBuilder(tool.toString(), "--version").redirectErrorStream(true).start();
			String output;
			try (InputStream in = process.getInputStream()) {
				output = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
			}
			if (process.waitFor() != 0) {
				throw new BackupRefused("backup.refused.pgTool", tool.toString());
			}
			return major(output);
		}
		catch (IOException e) {
			throw new BackupRefused("backup.refused.pgTool", tool.toString());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while asking " + tool + " for its version", e);
		}
	}
}
