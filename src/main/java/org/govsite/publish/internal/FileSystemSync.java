package org.govsite.publish.internal;

import java.io.IOException;
import java.nio.file.Path;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import org.jspecify.annotations.Nullable;

/**
 * Makes everything written to a file system durable in one call: Linux's {@code syncfs(2)}. A full
 * publish writes tens of thousands of files; one sync for a batch of them costs the disk and the
 * kernel far less than one {@code fsync} each. Java has no such call (the FFM API is a preview in
 * Java 21), so it is reached through JNA; where it is missing, {@link #linux()} answers
 * {@code null} and the writer syncs each file.
 */
@FunctionalInterface
interface FileSystemSync {

	/** Waits until every file and folder written so far on the file system holding {@code onIt} is on disk. */
	void sync(Path onIt) throws IOException;

	/** {@code syncfs(2)} when this is Linux and the C library has it, or {@code null}. */
	static @Nullable FileSystemSync linux() {
		return Syncfs.AVAILABLE ? Syncfs::sync : null;
	}

	/** The C library's calls, loaded once. */
	final class Syncfs {

		private static final int O_RDONLY = 0;

		private static final int O_CLOEXEC = 0x80000;

		private static final @Nullable C LIBRARY = load();

		private static final boolean AVAILABLE = LIBRARY != null;

		private Syncfs() {
		}

		interface C extends Library {

			int open(String path, int flags) throws LastErrorException;

			int syncfs(int fd) throws LastErrorException;

			int close(int fd) throws LastErrorException;
		}

		private static @Nullable C load() {
			if (!Platform.isLinux()) {
				return null;
			}
			try {
				C library = Native.load("c", C.class);
				// the symbol is looked up on first use: a C library without it fails here, not mid-publish
				NativeLibrary.getInstance("c").getFunction("syncfs");
				return library;
			}
			catch (UnsatisfiedLinkError | RuntimeException missing) {
				return null;
			}
		}

		static void sync(Path onIt) throws IOException {
			C library = LIBRARY;
			if (library == null) {
				throw new IOException("syncfs is not available");
			}
			int fd;
			try {
				fd = library.open(onIt.toString(), O_RDONLY | O_CLOEXEC);
			}
			catch (LastErrorException e) {
				throw new IOException("Could not open " + onIt + " to sync its file system (errno " + e.getErrorCode() + ")", e);
			}
			try {
				library.syncfs(fd);
			}
			catch (LastErrorException e) {
				throw new IOException("Could not sync the file system of " + onIt + " (errno " + e.getErrorCode() + ")", e);
			}
			finally {
				library.close(fd);
			}
		}
	}
}
