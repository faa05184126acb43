package org.govsite.publish.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;

import org.govsite.publish.ManifestEntry;
import org.govsite.publish.internal.Page.Dependency;
import org.jspecify.annotations.Nullable;

/**
 * The output of one publish job for one site: writes pages (with their traditional-Chinese
 * copies) and the files they link to, skipping any whose SHA-256 the manifest already has, and
 * records the manifest and the pages' dependencies in batches. Safe to call from several render
 * threads.
 */
public final class PublishRun {

	private static final int BATCH = 500;

	/** Marks a path the manifest was asked for and does not have. */
	private static final String ABSENT = "";

	private final long siteId;

	private final PageWriter writer;

	private final ManifestStore manifest;

	private final PublishRecords records;

	private final LongFunction<InputStream> attachments;

	private final Clock clock;

	/** The manifest's digests as known to this run: all of the site's for a full publish. */
	private final Map<String, String> known;

	private final boolean knowsAll;

	private final Set<String> touched = ConcurrentHashMap.newKeySet();

	private final List<ManifestEntry> pendingManifest = new ArrayList<>();

	private final Map<String, Set<Dependency>> pendingDependencies = new HashMap<>();

	private final Map<Long, Integer> pendingListed = new HashMap<>();

	private final AtomicInteger written = new AtomicInteger();

	private final AtomicInteger unchanged = new AtomicInteger();

	PublishRun(long siteId, PageWriter writer, ManifestStore manifest, PublishRecords records,
			LongFunction<InputStream> attachments, Clock clock, Map<String, String> known, boolean knowsAll) {
		this.siteId = siteId;
		this.writer = writer;
		this.manifest = manifest;
		this.records = records;
		this.attachments = attachments;
		this.clock = clock;
		this.known = new ConcurrentHashMap<>(known);
		this.knowsAll = knowsAll;
	}

	public long siteId() {
		return siteId;
	}

	PageWriter writer() {
		return writer;
	}

	/** Reads the manifest's digests of the pages (and their copies) this run is about to write, in one query. */
	public void expect(Collection<String> paths) {
		if (knowsAll || paths.isEmpty()) {
			return;
		}
		List<String> all = new ArrayList<>(paths);
		paths.stream().filter(PageAddresses::hasTraditionalCopy).forEach(path -> all.add(PageAddresses.TRADITIONAL + path));
		Map<String, String> found = manifest.digests(siteId, all);
		known.putAll(found);
		all.stream().filter(path -> !found.containsKey(path)).forEach(path -> known.put(path, ABSENT));
	}

	/** Whether the manifest had the path when this run read it ({@link #expect}, or all of it for a full publish). */
	boolean recorded(String path) {
		String sha = known.get(path);
		return sha != null && !ABSENT.equals(sha);
	}

	/**
	 * Remembers with the next {@link #flush} how many entries each channel's list has now: stored in
	 * the same transaction as the pages written from those counts, so that a run that dies before
	 * them plans the same pages again.
	 */
	synchronized void listed(Map<Long, Integer> entries) {
		pendingListed.putAll(entries);
	}

	/** Makes the run write these files whatever the manifest says they hold (they were altered on disk). */
	void distrust(Collection<String> paths) {
		paths.forEach(path -> known.put(path, ABSENT));
	}

	/** Publishes a page, its traditional copy and the attachment files it links to. */
	public void put(Page page) {
		putFile(page.path(), page.content().getBytes(StandardCharsets.UTF_8));
		if (PageAddresses.hasTraditionalCopy(page.path())) {
			String copy = page.path().endsWith(".html") ? TraditionalCopy.html(page.content(), page.path())
					: TraditionalCopy.xml(page.content());
			putFile(PageAddresses.TRADITIONAL + page.path(), copy.getBytes(StandardCharsets.UTF_8));
		}
		page.files().forEach(this::putAttachment);
		Map<String, Set<Dependency>> full = null;
		synchronized (this) {
			pendingDependencies.put(page.path(), page.dependencies());
			if (pendingDependencies.size() >= BATCH) {
				full = Map.copyOf(pendingDependencies);
				pendingDependencies.clear();
			}
		}
		if (full != null) {
			records.store(siteId, List.of(), full);
		}
	}

	/** Writes a file unless the manifest already has exactly this content at the path. */
	public void putFile(String path, byte[] content) {
		touched.add(path);
		String sha = Digests.sha256Hex(content);
		if (sha.equals(digest(path)) && (!knowsAll || writer.exists(path))) {
			unchanged.incrementAndGet();
			return;
		}
		try {
			// recorded in the manifest once the file is durably in place, which the writer may finish
			// on its own thread: this render thread goes on to the next page meanwhile
			writer.write(path, content, () -> recordWritten(ManifestStore.entry(path, sha, content.length, clock.instant())));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not write " + path, e);
		}
		known.put(path, sha);
	}

	/** Copies an attachment's bytes, named by their digest, unless already published. */
	private void putAttachment(String path, long attachmentId) {
		if (!touched.add(path) || (digest(path) != null && (!knowsAll || writer.exists(path)))) {
			return;
		}
		Integer width = Pictures.renditionWidth(path);
		if (width != null) {
			putRendition(path, attachmentId, width);
			return;
		}
		try (InputStream in = attachments.apply(attachmentId)) {
			PageWriter.Written file = writer.write(path, in);
			known.put(path, file.sha256());
			recordWritten(ManifestStore.entry(path, file.sha256(), file.size(), clock.instant()));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not copy attachment " + attachmentId + " to " + path, e);
		}
	}

	/** Writes a narrower copy of a picture (see {@link Pictures}). */
	private void putRendition(String path, long attachmentId, int width) {
		try (InputStream in = attachments.apply(attachmentId)) {
			putFile(path, Pictures.scale(in, width, path));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read attachment " + attachmentId + " for " + path, e);
		}
	}

	/** Takes a page (and its traditional copy) off the site. */
	public void remove(String path) {
		List<String> paths = new ArrayList<>(List.of(path));
		if (PageAddresses.hasTraditionalCopy(path)) {
			paths.add(PageAddresses.TRADITIONAL + path);
		}
		deleteFiles(paths);
		records.forget(siteId, paths, List.of(path));
	}

	/** Deletes files (and pages) with their manifest rows and dependencies. */
	public void removeFiles(Collection<String> paths) {
		deleteFiles(paths);
		records.forget(siteId, paths, paths);
	}

	private void deleteFiles(Collection<String> paths) {
		for (String file : paths) {
			try {
				writer.delete(file);
			}
			catch (IOException e) {
				throw new UncheckedIOException("Could not delete " + file, e);
			}
			known.remove(file);
		}
	}

	private @Nullable String digest(String path) {
		String sha = known.get(path);
		if (ABSENT.equals(sha)) {
			return null;
		}
		if (sha != null || knowsAll) {
			return sha;
		}
		sha = manifest.digests(siteId, List.of(path)).get(path);
		if (sha != null) {
			known.put(path, sha);
		}
		return sha;
	}

	private void recordWritten(ManifestEntry entry) {
		written.incrementAndGet();
		List<ManifestEntry> full = null;
		synchronized (this) {
			pendingManifest.add(entry);
			if (pendingManifest.size() >= BATCH) {
				full = List.copyOf(pendingManifest);
				pendingManifest.clear();
			}
		}
		// stored outside the lock, so that the other render threads go on meanwhile
		if (full != null) {
			records.store(siteId, full, Map.of());
		}
	}

	/**
	 * Starts making the files written so far durable, without waiting for them ({@link #flush} waits):
	 * the caller renders what comes next meanwhile.
	 */
	public void startPlacing() {
		writer.startPlacing();
	}

	/**
	 * Waits until every file written is durably in place, then stores what is pending in the
	 * manifest and the dependencies. Called by one thread, when the render threads are done.
	 */
	public void flush() {
		try {
			// outside the lock: the files placed meanwhile record themselves under it
			writer.awaitPlaced();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e.getMessage(), e);
		}
		synchronized (this) {
			if (!pendingManifest.isEmpty() || !pendingDependencies.isEmpty() || !pendingListed.isEmpty()) {
				records.store(siteId, List.copyOf(pendingManifest), Map.copyOf(pendingDependencies), Map.copyOf(pendingListed));
			}
			pendingManifest.clear();
			pendingDependencies.clear();
			pendingListed.clear();
		}
	}

	/** Every path this run published or found already published. */
	public Set<String> touched() {
		return touched;
	}

	/** The paths the manifest had before this run (complete only for a full publish). */
	public Set<String> knownPaths() {
		return known.keySet();
	}

	public int written() {
		return written.get();
	}

	public int unchanged() {
		return unchanged.get();
	}
}
