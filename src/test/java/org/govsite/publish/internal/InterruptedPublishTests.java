package org.govsite.publish.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.govsite.channel.ChannelDirectory;
import org.govsite.content.ContentCatalog;
import org.govsite.content.ContentFixtures;
import org.govsite.platform.GovSiteProperties;
import org.govsite.publish.JobState;
import org.govsite.publish.ManifestEntry;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishJobs;
import org.govsite.site.SiteDirectory;
import org.govsite.test.IntegrationTest;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A publish killed midway leaves no partial file and completes when run again: the job runner with
 * its real collaborators, but a publish target that dies in the middle of a file.
 */
@IntegrationTest
class InterruptedPublishTests {

	@Autowired
	PublishFixtures fixtures;

	@Autowired
	ContentFixtures content;

	@Autowired
	PublishJobs publishJobs;

	@Autowired
	JobStore jobs;

	@Autowired
	JobRunner runner;

	@Autowired
	ManifestStore manifest;

	@Autowired
	ContentCatalog catalog;

	@Autowired
	ChannelDirectory channels;

	@Autowired
	SiteDirectory sites;

	@Autowired
	Themes themes;

	@Autowired
	HomeBlockStore homeBlocks;

	@Autowired
	SitePaletteStore palettes;

	@Autowired
	java.util.Optional<org.govsite.publish.HomeMailboxes> mailboxes;

	@Autowired
	DependencyStore dependencies;

	@Autowired
	PublishRecords records;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	@Autowired
	AttachmentFiles files;

	@Autowired
	PublishProperties settings;

	@Autowired
	GovSiteProperties platform;

	@Autowired
	TestClock clock;

	@Autowired
	FinishedJobs finished;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aKilledPublishLeavesNoPartialFileAndCompletesWhenRunAgain() throws IOException {
		killedAndRunAgain(null);
	}

	/** The same with fsync on and the syncs on a pool: the files in flight when it dies are placed or gone. */
	@Test
	void aKilledPublishWhoseSyncsRunOnAPoolLeavesNoPartialFileAndCompletesWhenRunAgain() throws IOException {
		java.util.concurrent.ExecutorService syncs = java.util.concurrent.Executors.newFixedThreadPool(4);
		try {
			killedAndRunAgain(syncs);
		}
		finally {
			syncs.shutdown();
		}
	}

	private void killedAndRunAgain(java.util.concurrent.@org.jspecify.annotations.Nullable Executor syncs)
			throws IOException {
		TestSite site = fixtures.onlineSite();
		for (int i = 1; i <= 5; i++) {
			content.published(site.editor(), site.reviewer(), site.id(), i % 2 == 0 ? site.news() : site.policy(),
					"第" + i + "份文件");
		}
		fixtures.publishQueued();
		// a change whose pages the killed run was to write
		content.published(site.editor(), site.reviewer(), site.id(), site.news(), "被中断的发布要写的新闻");
		fixtures.awaitListeners();
		Path folder = fixtures.folder(site.code());
		Map<String, String> before = fixtures.files(site.code());
		long jobId = publishJobs.publishSite(site.id());

		AtomicReference<String> dying = new AtomicReference<>();
		SitePublisher failing = new SitePublisher(catalog, channels, sites, themes, manifest, dependencies, records, files,
				new PublishProperties(settings.pageSize(), settings.homeBlocks(), settings.blockEntries(),
						settings.childBlockEntries(), settings.feedEntries(), 1, false, "https", 3, Duration.ofMinutes(1),
						Duration.ofSeconds(1), Duration.ofMinutes(2)),
				platform, clock, root -> new DyingWriter(root, 2, dying, syncs), homeBlocks, palettes, mailboxes,
				java.util.List.of(), java.util.List.of(), transactions);
		JobRunner killed = new JobRunner(jobs, failing, settings, clock, finished);
		while (jobs.find(jobId).orElseThrow().state() == JobState.QUEUED && killed.runNext()) {
			// runs the jobs before ours as well, until ours has been tried
		}

		assertThat(jobs.find(jobId).orElseThrow().state()).isEqualTo(JobState.QUEUED);
		assertThat(jobs.find(jobId).orElseThrow().error()).contains("killed");
		assertThat(dying.get()).isNotNull();
		Map<String, String> onDisk = fixtures.files(site.code());
		// the file being written when the process died is as it was before, or not there at all
		assertThat(onDisk.get(dying.get())).isEqualTo(before.get(dying.get()));
		// a process killed for real does not get to remove its temporary file: one is left
		Files.writeString(folder.resolve("xwdt/.index.html.5eed.tmp"), "<!DOCTYPE html><html><head><title>半");

		clock.setTo(java.time.LocalDateTime.now(TestClock.CHINA).plusMinutes(10));
		runner.runPending();

		assertThat(jobs.find(jobId).orElseThrow().state()).isEqualTo(JobState.DONE);
		assertThat(jobs.find(jobId).orElseThrow().attempts()).isEqualTo(2);
		Map<String, String> published = fixtures.files(site.code());
		assertThat(published.keySet()).noneMatch(path -> path.endsWith(".tmp"));
		for (ManifestEntry entry : manifest.entries(site.id())) {
			assertThat(published).containsKey(entry.path());
			assertThat(Digests.sha256Hex(published.get(entry.path()).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)))
				.as(entry.path()).isEqualTo(entry.sha256());
		}
		assertThat(published.keySet()).containsAll(manifest.entries(site.id()).stream().map(ManifestEntry::path).toList());
		assertThat(published).hasSameSizeAs(manifest.entries(site.id()));
	}

	/** A publish target that, on its n-th file, writes half of it and dies. */
	static final class DyingWriter extends FolderWriter {

		private final int dieOn;

		private final AtomicInteger files = new AtomicInteger();

		private final AtomicReference<String> dying;

		private final Path root;

		DyingWriter(Path root, int dieOn, AtomicReference<String> dying,
				java.util.concurrent.@org.jspecify.annotations.Nullable Executor syncs) {
			super(root, syncs != null, syncs);
			this.root = root;
			this.dieOn = dieOn;
			this.dying = dying;
		}

		@Override
		protected OutputStream open(Path temporary, FileChannel channel) throws IOException {
			OutputStream out = super.open(temporary, channel);
			if (files.incrementAndGet() != dieOn) {
				return out;
			}
			String name = temporary.getFileName().toString();
			// .<name>.<random>.tmp
			String target = name.substring(1, name.lastIndexOf('.', name.lastIndexOf('.') - 1));
			dying.set(root.relativize(temporary.resolveSibling(target)).toString().replace('\\', '/'));
			return new FilterOutputStream(out) {

				private int written;

				@Override
				public void write(byte[] bytes, int offset, int length) throws IOException {
					int half = Math.max(1, length / 2);
					out.write(bytes, offset, half);
					written += half;
					throw new IOException("killed after " + written + " bytes");
				}
			};
		}
	}
}
