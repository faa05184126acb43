package org.govsite.publish.internal;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.govsite.jobs.RecurringJob;
import org.govsite.platform.BackOffice;
import org.govsite.site.SiteSummary;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Watches the published folders for changes (网页防篡改): a thread takes the file system's events
 * and notes which files of which site they name; every few seconds the noted files are compared with
 * the manifest and restored ({@link TamperRepair}). Files the platform writes itself are noted too
 * and then found to match. The file system watches folder by folder, so each new folder is watched as
 * it appears; what the events miss (a lost batch of events, a folder the system refused to watch) the
 * periodic sweep finds.
 */
@Component
@BackOffice
@ConditionalOnProperty(name = "govsite.publish.tamper.enabled", havingValue = "true", matchIfMissing = true)
class TamperWatch implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(TamperWatch.class);

	private final TamperRepair repair;

	/** Site folder name to the paths noted in it. */
	private final Map<String, Set<String>> noted = new ConcurrentHashMap<>();

	/** Site folders to compare whole: a watched folder of theirs went, or events were lost. */
	private final Set<String> whole = ConcurrentHashMap.newKeySet();

	private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();

	private final Set<Path> watched = ConcurrentHashMap.newKeySet();

	private final AtomicBoolean refused = new AtomicBoolean();

	private volatile Path root;

	private volatile WatchService service;

	private volatile boolean running;

	TamperWatch(TamperRepair repair) {
		this.repair = repair;
		this.root = repair.root();
	}

	@Bean
	static RecurringJob publishTamperCheck(TamperWatch watch, TamperProperties settings) {
		return RecurringJob.onEveryNode("publish.tamperCheck", "publish.job.tamperCheck", settings.checkEvery(),
				watch::checkNoted);
	}

	@Bean
	static RecurringJob publishTamperSweep(TamperRepair repair, TamperProperties settings) {
		return RecurringJob.every("publish.tamperSweep", "publish.job.tamperSweep", settings.sweepEvery(), repair::sweep);
	}

	@Override
	public void start() {
		try {
			root = repair.root();
			Files.createDirectories(root);
			service = root.getFileSystem().newWatchService();
			watchAll(root);
		}
		catch (IOException e) {
			log.error("Cannot watch the published folders {}: only the periodic sweep protects them", root, e);
			return;
		}
		running = true;
		Thread thread = new Thread(this::take, "publish-tamper-watch");
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public void stop() {
		running = false;
		WatchService open = service;
		if (open != null) {
			try {
				open.close();
			}
			catch (IOException e) {
				log.warn("Could not close the watch of the published folders", e);
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void take() {
		while (running) {
			WatchKey key;
			try {
				key = service.take();
			}
			catch (ClosedWatchServiceException | InterruptedException closed) {
				return;
			}
			Path folder = folders.get(key);
			if (folder == null) {
				log.debug("Events of a folder no longer watched");
			}
			for (WatchEvent<?> event : key.pollEvents()) {
				if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
					log.warn("File-system events on the published folders were lost: every site is compared whole");
					try (var sites = Files.list(root)) {
						sites.forEach(site -> whole.add(site.getFileName().toString()));
					}
					catch (IOException e) {
						log.error("Could not list the published folders", e);
					}
				}
				else if (folder != null) {
					seen(folder.resolve((Path) event.context()), event.kind());
				}
			}
			if (!key.reset()) {
				watched.remove(folders.remove(key));
			}
		}
	}

	private void seen(Path file, WatchEvent.Kind<?> kind) {
		if (kind == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
			// files may have come into the folder before it was watched
			watchAll(file);
			return;
		}
		if (kind == StandardWatchEventKinds.ENTRY_DELETE && watched.contains(file)) {
			siteOf(file).ifPresent(whole::add);
			return;
		}
		note(file);
	}

	private void note(Path file) {
		Path relative = root.relativize(file);
		if (relative.getNameCount() < 2) {
			return;
		}
		String path = relative.subpath(1, relative.getNameCount()).toString().replace('\\', '/');
		if (!FolderCheck.isTemporary(path)) {
			// added inside compute: a set the check has just taken away is never added to
			noted.compute(relative.getName(0).toString(), (site, paths) -> {
				Set<String> more = paths == null ? ConcurrentHashMap.newKeySet() : paths;
				more.add(path);
				return more;
			});
		}
	}

	private Optional<String> siteOf(Path file) {
		Path relative = root.relativize(file);
		return relative.getNameCount() < 1 || relative.toString().isEmpty() ? Optional.empty()
				: Optional.of(relative.getName(0).toString());
	}

	/** Watches the folder and every folder below, and notes the files already in them. */
	private void watchAll(Path start) {
		try {
			Files.walkFileTree(start, new SimpleFileVisitor<>() {

				@Override
				public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
					if (watched.add(folder)) {
						try {
							folders.put(folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
									StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY), folder);
						}
						catch (IOException e) {
							watched.remove(folder);
							if (refused.compareAndSet(false, true)) {
								log.warn("The file system refuses to watch more folders ({}); the periodic sweep covers the rest",
										e.getMessage());
							}
						}
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					if (!start.equals(root)) {
						note(file);
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException e) {
					return FileVisitResult.CONTINUE;
				}
			});
		}
		catch (IOException e) {
			log.warn("Could not watch the published folder {}", start, e);
		}
	}

	/** Compares the noted files with the manifests and restores what differs; a site being published waits. */
	void checkNoted() {
		if (noted.isEmpty() && whole.isEmpty()) {
			return;
		}
		Map<String, SiteSummary> sites = repair.sitesByFolder();
		for (String folder : Set.copyOf(whole)) {
			whole.remove(folder);
			SiteSummary site = sites.get(folder);
			if (site != null && !check(site, null)) {
				whole.add(folder);
			}
		}
		for (String folder : Set.copyOf(noted.keySet())) {
			Set<String> paths = noted.remove(folder);
			SiteSummary site = sites.get(folder);
			if (site != null && paths != null && !check(site, paths)) {
				noted.compute(folder, (again, later) -> {
					Set<String> all = later == null ? ConcurrentHashMap.newKeySet() : later;
					all.addAll(paths);
					return all;
				});
			}
		}
	}

	/** Checks one site; false when it is to be checked again (being published, or the restore failed). */
	private boolean check(SiteSummary site, @Nullable Collection<String> paths) {
		try {
			boolean checked = repair.check(site, paths);
			if (!checked) {
				log.debug("Site {} is being published: its noted files are compared later", site.id());
			}
			return checked;
		}
		catch (RuntimeException e) {
			log.error("Could not restore the published files of site {}; tried again at the next check", site.id(), e);
			return false;
		}
	}
}
