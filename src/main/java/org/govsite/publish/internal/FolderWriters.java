package org.govsite.publish.internal;

import java.nio.file.Path;
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

	private final PublishProperties settings;

	private final ExecutorService syncs = Executors.newFixedThreadPool(SYNC_THREADS, runnable -> {
		Thread thread = new Thread(runnable, "publish-sync");
		thread.setDaemon(true);
		return thread;
	});

	FolderWriters(PublishProperties settings) {
		this.settings = settings;
	}

	@Override
	public PageWriter forSite(Path folder) {
		return new FolderWriter(folder, settings.fsync(), syncs);
	}

	@Override
	public void close() {
		syncs.shutdown();
	}
}
