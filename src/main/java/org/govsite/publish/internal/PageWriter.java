package org.govsite.publish.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Where a site's files go: a publish target. The default writes into a local folder; mirrored web
 * servers or object storage would be other implementations. A write is all or nothing: a reader,
 * and the next run after a crash, sees either the old file or the new one, never part of one.
 */
public interface PageWriter {

	/** Writes a file at the path (relative to the site's root), replacing any old one at once. */
	void write(String path, byte[] content) throws IOException;

	/**
	 * Writes a file at the path and calls {@code placed} once it is durably in place. A writer may
	 * finish the durable part (sync, rename) on another thread, so that the caller, a render
	 * thread, does not wait on the disk; {@link #awaitPlaced()} waits for all of them. By default
	 * the write is done before this returns.
	 */
	default void write(String path, byte[] content, Runnable placed) throws IOException {
		write(path, content);
		placed.run();
	}

	/**
	 * Starts placing the files given to {@link #write(String, byte[], Runnable)} so far, however few,
	 * without waiting for them; by default nothing waits to be placed.
	 */
	default void startPlacing() {
	}

	/** Waits until every file given to {@link #write(String, byte[], Runnable)} is in place; throws the first failure. */
	default void awaitPlaced() throws IOException {
	}

	/** Writes a file from a stream, returning its SHA-256 (hex) and size. */
	Written write(String path, InputStream content) throws IOException;

	void delete(String path) throws IOException;

	/** Whether the file is there (a full publish rewrites a file the manifest knows but the target lost). */
	boolean exists(String path);

	/** Removes what a run that died left behind (temporary files); returns their paths. */
	List<String> removeLeftovers() throws IOException;

	/** The digest and size of a file written from a stream. */
	record Written(String sha256, long size) {
	}
}
