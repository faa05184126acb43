package org.govsite.publish.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Phaser;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

/**
 * Writes a site's files into its folder: each file goes to a temporary name beside its target
 * ({@code .<name>.<random>.tmp}), is forced to disk, and is then moved over the target in one
 * atomic step. A run killed midway leaves at most temporary files, which the next run removes.
 * A file costs five system calls (create, write, sync, close, rename): a full publish writes tens
 * of thousands. Given a pool for syncs, {@link #write(String, byte[], Runnable)} leaves the sync,
 * close and rename to it: the render thread goes on to the next page while the disk works, and
 * the syncs of several files overlap, which the file system's journal commits together.
 */
public class FolderWriter implements PageWriter {

	static final String TEMPORARY_SUFFIX = ".tmp";

	/** Files written but not yet synced at any time: each holds an open file until it is. */
	private static final int IN_FLIGHT = 64;

	private final Path root;

	private final boolean force;

	private final @Nullable Executor syncs;

	private final Semaphore inFlight = new Semaphore(IN_FLIGHT);

	private final Phaser pending = new Phaser(1);

	private final AtomicReference<@Nullable IOException> failure = new AtomicReference<>();

	/** A writer into the folder; {@code force} syncs each file to disk before it is moved into place. */
	public FolderWriter(Path root, boolean force) {
		this(root, force, null);
	}

	/** A writer that syncs and moves files into place on the given pool (when {@code force}). */
	public FolderWriter(Path root, boolean force, @Nullable Executor syncs) {
		this.root = root.toAbsolutePath().normalize();
		this.force = force;
		this.syncs = force ? syncs : null;
	}

	public Path root() {
		return root;
	}

	@Override
	public void write(String path, byte[] content) throws IOException {
		place(path, out -> {
			out.write(content);
			return content.length;
		});
	}

	@Override
	public void write(String path, byte[] content, Runnable placed) throws IOException {
		Executor pool = syncs;
		if (pool == null) {
			write(path, content);
			placed.run();
			return;
		}
		rethrow();
		Path target = resolve(path);
		Path temporary = temporaryFor(target);
		FileChannel channel = create(temporary);
		OutputStream out;
		try {
			out = open(temporary, channel);
			out.write(content);
			out.flush();
		}
		catch (IOException | RuntimeException e) {
			closeAndDelete(channel, temporary);
			throw e;
		}
		inFlight.acquireUninterruptibly();
		pending.register();
		try {
			pool.execute(() -> settle(out, channel, temporary, target, placed));
		}
		catch (RejectedExecutionException e) {
			inFlight.release();
			pending.arriveAndDeregister();
			closeAndDelete(channel, temporary);
			throw new IOException("The pool that syncs published files is shut down", e);
		}
	}

	/** On the sync pool: forces the file to disk, closes it and moves it over the target. */
	private void settle(OutputStream out, FileChannel channel, Path temporary, Path target, Runnable placed) {
		try {
			boolean moved = false;
			try {
				channel.force(false);
				out.close();
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
				moved = true;
			}
			finally {
				if (!moved) {
					closeAndDelete(channel, temporary);
				}
			}
			placed.run();
		}
		catch (IOException e) {
			failure.compareAndSet(null, e);
		}
		catch (RuntimeException e) {
			failure.compareAndSet(null, new IOException("Could not record " + target, e));
		}
		finally {
			inFlight.release();
			pending.arriveAndDeregister();
		}
	}

	@Override
	public void awaitPlaced() throws IOException {
		pending.arriveAndAwaitAdvance();
		rethrow();
	}

	/**
	 * Waits until none of this writer's files is in flight, whatever became of its run: a run that
	 * failed leaves its last files to the pool, and the next run on the folder must not have one
	 * of them moved over its newer copy.
	 */
	void awaitSettled() {
		inFlight.acquireUninterruptibly(IN_FLIGHT);
		inFlight.release(IN_FLIGHT);
	}

	private void rethrow() throws IOException {
		IOException first = failure.get();
		if (first != null) {
			throw new IOException("A file was not written: " + first.getMessage(), first);
		}
	}

	private static void closeAndDelete(FileChannel channel, Path temporary) {
		try {
			channel.close();
			Files.deleteIfExists(temporary);
		}
		catch (IOException e) {
			// a temporary file left is removed by the next run (removeLeftovers)
		}
	}

	@Override
	public Written write(String path, InputStream content) throws IOException {
		MessageDigest digest = Digests.sha256();
		long size = place(path, out -> content.transferTo(new DigestOutputStream(out, digest)));
		return new Written(HexFormat.of().formatHex(digest.digest()), size);
	}

	/** What goes into a file: writes it and answers how many bytes it wrote. */
	private interface Content {

		long writeTo(OutputStream out) throws IOException;
	}

	/** Writes to a temporary file, syncs it and moves it over the target; removes it if anything fails. */
	private long place(String path, Content content) throws IOException {
		Path target = resolve(path);
		Path temporary = temporaryFor(target);
		boolean moved = false;
		try {
			long size;
			try (FileChannel channel = create(temporary); OutputStream out = open(temporary, channel)) {
				size = content.writeTo(out);
				out.flush();
				sync(channel);
			}
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			moved = true;
			return size;
		}
		finally {
			if (!moved) {
				Files.deleteIfExists(temporary);
			}
		}
	}

	/** The stream into the temporary file's channel; a test may wrap it to fail midway. */
	protected OutputStream open(Path temporary, FileChannel channel) throws IOException {
		return Channels.newOutputStream(channel);
	}

	/**
	 * Creates the temporary file. Its folder is made only when missing: trying first spares the
	 * checks for folders that exist, which are nearly all of them.
	 */
	private static FileChannel create(Path temporary) throws IOException {
		try {
			return FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		}
		catch (NoSuchFileException missingFolder) {
			Files.createDirectories(temporary.getParent());
			return FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		}
	}

	@Override
	public void delete(String path) throws IOException {
		Path target = resolve(path);
		Files.deleteIfExists(target);
		// an emptied month folder goes too, up to the site's root
		Path folder = target.getParent();
		while (folder != null && !folder.equals(root) && isEmpty(folder)) {
			Files.deleteIfExists(folder);
			folder = folder.getParent();
		}
	}

	@Override
	public boolean exists(String path) {
		Path target = root.resolve(path).normalize();
		return target.startsWith(root) && Files.isRegularFile(target);
	}

	@Override
	public List<String> removeLeftovers() throws IOException {
		List<String> removed = new ArrayList<>();
		if (!Files.isDirectory(root)) {
			return removed;
		}
		Files.walkFileTree(root, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				String name = file.getFileName().toString();
				if (name.startsWith(".") && name.endsWith(TEMPORARY_SUFFIX)) {
					Files.deleteIfExists(file);
					removed.add(root.relativize(file).toString());
				}
				return FileVisitResult.CONTINUE;
			}
		});
		return removed;
	}

	/** The target of a path inside the root, refusing any path that would leave it. */
	Path resolve(String path) throws IOException {
		Path target = root.resolve(path).normalize();
		if (!target.startsWith(root) || target.equals(root)) {
			throw new IOException("Not a path inside the site's folder: " + path);
		}
		return target;
	}

	private Path temporaryFor(Path target) {
		return target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
				+ TEMPORARY_SUFFIX);
	}

	/** Forces the file's content (and its size, which reading it needs) to disk. */
	private void sync(FileChannel channel) throws IOException {
		if (force) {
			channel.force(false);
		}
	}

	private static boolean isEmpty(Path folder) throws IOException {
		try (var entries = Files.list(folder)) {
			return entries.findAny().isEmpty();
		}
		catch (NoSuchFileException gone) {
			return false;
		}
	}
}
