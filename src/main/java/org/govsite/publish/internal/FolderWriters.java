package org.govsite.publish.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.stereotype.Component;

/**
 * The default publish target: a folder per site under the data directory. The files' syncs run on
 * a pool shared by all sites' writers: a sync mostly waits on the disk, so the pool has more
 * threads than the machine has processors, and syncs that overlap share the journal's commits.
 */
@Component
class FolderWriters implements SitePublisher.WriterFactory, AutoCloseable {

	private static final int SYNC_THREADS = 8;

	private final boolean fsync;

	private final ExecutorService pool = Executors.newFixedThreadPool(SYNC_THREADS, runnable -> {
		Thread thread = new Thread(runnable, "publish-sync");
		thread.setDaemon(true);
		return thread;
	});

	private final Executor syncs;

	/** Each folder's latest writer: the next one waits until its files are settled. */
	private final Map<Path, FolderWriter> latest = new ConcurrentHashMap<>();

	@org.springframework.beans.factory.annotation.Autowired
	FolderWriters(PublishProperties settings) {
		this.fsync = settings.fsync();
		this.syncs = pool;
	}

	/** Writers whose syncs run on the given executor (a test's). */
	FolderWriters(boolean fsync, Executor syncs) {
		this.fsync = fsync;
		this.syncs = syncs;
	}

	@Override
	public PageWriter forSite(Path folder) {
		FolderWriter writer = new FolderWriter(folder, fsync, syncs);
		FolderWriter previous = latest.put(writer.root(), writer);
		if (previous != null) {
			previous.awaitSettled();
		}
		return writer;
	}

	@Override
	public void close() {
		pool.shutdown();
	}
}
