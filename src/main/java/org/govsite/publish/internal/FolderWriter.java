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
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
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
 * A full publish writes tens of thousands of files. Given a pool for syncs,
 * {@link #write(String, byte[], Runnable)} writes the temporary file on the caller's (render)
 * thread and leaves the rest to the pool, in batches of {@value #BATCH}: make the batch's files
 * durable, move each into place, make the moves durable, then record them (the callback). With
 * {@link FileSystemSync} (Linux's {@code syncfs}) a batch costs two syncs of the file system instead
 * of a sync of every file and folder; without it each file and each folder is synced.
 */
public class FolderWriter implements PageWriter {

	static final String TEMPORARY_SUFFIX = ".tmp";

	/** Files made durable and moved into place together. */
	static final int BATCH = 128;

	/** Files written but not yet in place at any time (without syncfs each holds an open file until then). */
	private static final int IN_FLIGHT = 4 * BATCH;

	private final Path root;

	private final boolean force;

	private final @Nullable Executor syncs;

	private final Semaphore inFlight = new Semaphore(IN_FLIGHT);

	private final Phaser pending = new Phaser(1);

	private final AtomicReference<@Nullable IOException> failure = new AtomicReference<>();

	private final @Nullable FileSystemSync fileSystem;

	private final Batch batch = new Batch();

	/** A writer into the folder; {@code force} syncs each file to disk before it is moved into place. */
	public FolderWriter(Path root, boolean force) {
		this(root, force, null);
	}

	/** A writer that syncs and moves files into place on the given pool (when {@code force}), file by file. */
	public FolderWriter(Path root, boolean force, @Nullable Executor syncs) {
		this(root, force, syncs, null);
	}

	/** The same, making each batch durable with one sync of the whole file system when {@code fileSystem} is given. */
	FolderWriter(Path root, boolean force, @Nullable Executor syncs, @Nullable FileSystemSync fileSystem) {
		this.root = root.toAbsolutePath().normalize();
		this.force = force;
		this.syncs = force ? syncs : null;
		this.fileSystem = fileSystem;
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
		try {
			OutputStream out = open(temporary, channel);
			out.write(content);
			out.flush();
			if (fileSystem != null) {
				// the batch's one sync of the file system covers it: no descriptor held meanwhile
				channel.close();
			}
		}
		catch (IOException | RuntimeException e) {
			closeAndDelete(channel, temporary);
			throw e;
		}
		inFlight.acquireUninterruptibly();
		pending.register();
		List<Placement> full = batch.add(new Placement(temporary, target, channel, placed));
		if (full != null) {
			dispatch(pool, full);
		}
	}

	private void dispatch(Executor pool, List<Placement> placements) {
		try {
			pool.execute(() -> settle(placements));
		}
		catch (RejectedExecutionException e) {
			failure.compareAndSet(null, new IOException("The pool that syncs published files is shut down", e));
			placements.forEach(placement -> closeAndDelete(placement.channel(), placement.temporary()));
			done(placements);
		}
	}

	@Override
	public void startPlacing() {
		endBatch();
	}

	/** Hands the files written since the last batch to the pool, however few. */
	void endBatch() {
		Executor pool = syncs;
		List<Placement> rest = batch.drain();
		if (pool != null && !rest.isEmpty()) {
			dispatch(pool, rest);
		}
	}

	/**
	 * On the sync pool: makes a batch of temporary files durable, moves them over their targets,
	 * makes the moves durable, and only then records them. A crash before the moves leaves
	 * temporary files (removed by the next run); one after leaves durable files the manifest does
	 * not know yet, which the next run writes again.
	 */
	private void settle(List<Placement> placements) {
		int moved = 0;
		try {
			syncTemporaries(placements);
			Set<Path> folders = new HashSet<>();
			for (Placement placement : placements) {
				Files.move(placement.temporary(), placement.target(), StandardCopyOption.ATOMIC_MOVE,
						StandardCopyOption.REPLACE_EXISTING);
				moved++;
				folders.add(placement.target().getParent());
			}
			syncFolders(folders);
			placements.forEach(placement -> placement.placed().run());
		}
		catch (IOException e) {
			failure.compareAndSet(null, e);
		}
		catch (RuntimeException e) {
			failure.compareAndSet(null, new IOException("Could not record the files written to " + root, e));
		}
		finally {
			placements.subList(moved, placements.size()).forEach(placement -> closeAndDelete(placement.channel(), placement.temporary()));
			done(placements);
		}
	}

	private void syncTemporaries(List<Placement> placements) throws IOException {
		if (fileSystem != null) {
			fileSystem.sync(root);
			return;
		}
		for (Placement placement : placements) {
			placement.channel().force(false);
			placement.channel().close();
		}
	}

	/** Makes the folders' new entries (the moves) durable. */
	private void syncFolders(Set<Path> folders) throws IOException {
		if (fileSystem != null) {
			fileSystem.sync(root);
			return;
		}
		for (Path folder : folders) {
			try (FileChannel directory = FileChannel.open(folder, StandardOpenOption.READ)) {
				directory.force(true);
			}
		}
	}

	private void done(List<Placement> placements) {
		inFlight.release(placements.size());
		placements.forEach(placement -> pending.arriveAndDeregister());
	}

	@Override
	public void awaitPlaced() throws IOException {
		endBatch();
		pending.arriveAndAwaitAdvance();
		rethrow();
	}

	/**
	 * Waits until none of this writer's files is in flight, whatever became of its run: a run that
	 * failed leaves its last files to the pool, and the next run on the folder must not have one
	 * of them moved over its newer copy.
	 */
	void awaitSettled() {
		endBatch();
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

	/** A file written to its temporary name, waiting to be made durable and moved over its target. */
	private record Placement(Path temporary, Path target, FileChannel channel, Runnable placed) {
	}

	/** The files written since the last batch went to the pool. */
	private static final class Batch {

		private List<Placement> files = new ArrayList<>(BATCH);

		/** Adds a file; answers the full batch to dispatch, if this one filled it. */
		synchronized @Nullable List<Placement> add(Placement placement) {
			files.add(placement);
			return files.size() >= BATCH ? drain() : null;
		}

		synchronized List<Placement> drain() {
			List<Placement> taken = files;
			files = new ArrayList<>(BATCH);
			return taken;
		}
	}
}
