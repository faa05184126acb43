package org.govsite.publish.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.jna.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A write that dies midway leaves no partial file; the next run cleans up and writes it whole. */
class FolderWriterTests {

	@TempDir
	Path root;

	@Test
	void aWriteKilledMidwayLeavesTheOldFileAndNoPartOfTheNew() throws IOException {
		FolderWriter writer = new FolderWriter(root, true);
		writer.write("news/index.html", "旧的页面".getBytes(StandardCharsets.UTF_8));
		FolderWriter dying = new DyingWriter(root, 10);

		assertThatThrownBy(() -> dying.write("news/index.html", "新的页面，比旧的长得多，写到一半进程就被杀掉了".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(IOException.class);
		assertThatThrownBy(() -> dying.write("news/new.html", "一个新页面，还没有旧版本，也写不完".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(IOException.class);

		assertThat(Files.readString(root.resolve("news/index.html"))).isEqualTo("旧的页面");
		assertThat(root.resolve("news/new.html")).doesNotExist();

		writer.write("news/new.html", "一个新页面".getBytes(StandardCharsets.UTF_8));
		assertThat(Files.readString(root.resolve("news/new.html"))).isEqualTo("一个新页面");
	}

	@Test
	void theNextRunRemovesTheTemporaryFilesOfAKilledOne() throws IOException {
		Files.createDirectories(root.resolve("news"));
		Files.writeString(root.resolve("news/.index.html.1a2b3c.tmp"), "半个页");
		FolderWriter writer = new FolderWriter(root, false);

		assertThat(writer.removeLeftovers()).containsExactly("news/.index.html.1a2b3c.tmp");
		assertThat(root.resolve("news/.index.html.1a2b3c.tmp")).doesNotExist();
	}

	@Test
	void aPathCannotLeaveTheSiteFolder() {
		FolderWriter writer = new FolderWriter(root.resolve("site"), false);
		assertThatThrownBy(() -> writer.write("../other/index.html", new byte[] { 1 })).isInstanceOf(IOException.class);
	}

	@Test
	void withASyncPoolAFileIsInPlaceAndRecordedOnlyOnceSynced() throws IOException {
		java.util.List<Runnable> syncs = new java.util.ArrayList<>();
		FolderWriter writer = new FolderWriter(root, true, syncs::add);
		java.util.concurrent.atomic.AtomicBoolean recorded = new java.util.concurrent.atomic.AtomicBoolean();

		writer.write("news/t1.html", "新闻".getBytes(StandardCharsets.UTF_8), () -> recorded.set(true));

		// written, not yet synced: only the temporary file is there, and nothing is recorded
		assertThat(root.resolve("news/t1.html")).doesNotExist();
		assertThat(recorded).isFalse();
		try (var files = Files.list(root.resolve("news"))) {
			assertThat(files.map(path -> path.getFileName().toString())).singleElement().asString().endsWith(".tmp");
		}
		writer.endBatch();
		syncs.forEach(Runnable::run);
		writer.awaitPlaced();

		assertThat(Files.readString(root.resolve("news/t1.html"))).isEqualTo("新闻");
		assertThat(recorded).isTrue();
		try (var files = Files.list(root.resolve("news"))) {
			assertThat(files.map(path -> path.getFileName().toString())).containsExactly("t1.html");
		}
	}

	@Test
	void startPlacingHandsTheFilesWrittenToThePoolAndReturnsWithoutPlacingThem() throws IOException {
		java.util.List<Runnable> syncs = new java.util.ArrayList<>();
		FolderWriter writer = new FolderWriter(root, true, syncs::add);
		java.util.concurrent.atomic.AtomicBoolean recorded = new java.util.concurrent.atomic.AtomicBoolean();
		writer.write("art/0/t1.html", "文章".getBytes(StandardCharsets.UTF_8), () -> recorded.set(true));
		assertThat(syncs).isEmpty();

		writer.startPlacing();

		// an incremental job renders its other pages now; the document's page is not in place yet
		assertThat(syncs).hasSize(1);
		assertThat(root.resolve("art/0/t1.html")).doesNotExist();
		assertThat(recorded).isFalse();
		syncs.forEach(Runnable::run);
		writer.awaitPlaced();
		assertThat(Files.readString(root.resolve("art/0/t1.html"))).isEqualTo("文章");
		assertThat(recorded).isTrue();
	}

	@Test
	void aFileThatCannotBePlacedIsNotRecordedAndFailsTheRun() throws IOException {
		// a folder with something in it where the file should go: the move fails after the sync
		Files.createDirectories(root.resolve("news/t1.html/in-the-way"));
		FolderWriter writer = new FolderWriter(root, true, Runnable::run);
		java.util.concurrent.atomic.AtomicBoolean recorded = new java.util.concurrent.atomic.AtomicBoolean();

		writer.write("news/t1.html", "新闻".getBytes(StandardCharsets.UTF_8), () -> recorded.set(true));

		assertThatThrownBy(writer::awaitPlaced).isInstanceOf(IOException.class);
		assertThat(recorded).isFalse();
		assertThat(writer.removeLeftovers()).isEmpty();
		assertThatThrownBy(() -> writer.write("news/t2.html", new byte[] { 1 }, () -> recorded.set(true)))
			.isInstanceOf(IOException.class);
	}

	@Test
	void theNextWriterOfAFolderStartsOnlyOnceTheFilesOfTheLastAreSettled() throws Exception {
		java.util.List<Runnable> syncs = new java.util.concurrent.CopyOnWriteArrayList<>();
		FolderWriters writers = new FolderWriters(true, syncs::add, null);
		// a run that failed with a file still in flight
		writers.forSite(root).write("news/t1.html", "旧的".getBytes(StandardCharsets.UTF_8), () -> {
		});
		java.util.concurrent.atomic.AtomicBoolean settledFirst = new java.util.concurrent.atomic.AtomicBoolean();
		Thread next = new Thread(() -> {
			writers.forSite(root);
			settledFirst.set(Files.exists(root.resolve("news/t1.html")));
		});
		next.start();
		while (next.isAlive() && next.getState() != Thread.State.WAITING) {
			Thread.onSpinWait();
		}
		syncs.forEach(Runnable::run);
		next.join();

		assertThat(settledFirst).isTrue();
	}

	@Test
	void aBatchIsDurableBeforeItsMovesAndTheMovesAreDurableBeforeItIsRecorded() throws IOException {
		AtomicInteger recorded = new AtomicInteger();
		List<String> seenAtSync = new ArrayList<>();
		FileSystemSync watching = onIt -> seenAtSync.add(count(".tmp") + " temporary, " + count(".html") + " in place, "
				+ recorded.get() + " recorded");
		FolderWriter writer = new FolderWriter(root, true, Runnable::run, watching);
		int files = 2 * FolderWriter.BATCH + 10;

		for (int i = 0; i < files; i++) {
			writer.write("news/" + (i % 3) + "/t" + i + ".html", ("新闻" + i).getBytes(StandardCharsets.UTF_8), recorded::incrementAndGet);
		}
		writer.awaitPlaced();

		int batch = FolderWriter.BATCH;
		assertThat(seenAtSync).containsExactly(
				batch + " temporary, 0 in place, 0 recorded", "0 temporary, " + batch + " in place, 0 recorded",
				batch + " temporary, " + batch + " in place, " + batch + " recorded",
				"0 temporary, " + 2 * batch + " in place, " + batch + " recorded",
				"10 temporary, " + 2 * batch + " in place, " + 2 * batch + " recorded",
				"0 temporary, " + files + " in place, " + 2 * batch + " recorded");
		assertThat(recorded).hasValue(files);
		assertThat(Files.readString(root.resolve("news/1/t7.html"))).isEqualTo("新闻7");
	}

	@Test
	void aBatchThatCannotBeSyncedIsNeitherMovedNorRecorded() throws IOException {
		AtomicInteger recorded = new AtomicInteger();
		FolderWriter writer = new FolderWriter(root, true, Runnable::run, onIt -> {
			throw new IOException("the disk is gone");
		});

		writer.write("news/t1.html", "新闻".getBytes(StandardCharsets.UTF_8), recorded::incrementAndGet);

		assertThatThrownBy(writer::awaitPlaced).isInstanceOf(IOException.class).hasMessageContaining("the disk is gone");
		assertThat(recorded).hasValue(0);
		assertThat(count(".html")).isZero();
		assertThat(count(".tmp")).isZero();
	}

	@Test
	void onLinuxABatchIsSyncedWithSyncfs() throws IOException {
		FileSystemSync syncfs = FileSystemSync.linux();
		assumeTrue(Platform.isLinux());
		assertThat(syncfs).isNotNull();
		AtomicInteger recorded = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			FolderWriter writer = new FolderWriter(root, true, pool, syncfs);
			for (int i = 0; i < FolderWriter.BATCH + 1; i++) {
				writer.write("news/t" + i + ".html", ("新闻" + i).getBytes(StandardCharsets.UTF_8), recorded::incrementAndGet);
			}
			writer.awaitPlaced();
		}
		finally {
			pool.shutdown();
		}

		assertThat(recorded).hasValue(FolderWriter.BATCH + 1);
		assertThat(Files.readString(root.resolve("news/t3.html"))).isEqualTo("新闻3");
		assertThat(count(".tmp")).isZero();
	}

	private long count(String suffix) throws IOException {
		try (var files = Files.walk(root)) {
			return files.filter(file -> file.getFileName().toString().endsWith(suffix)).count();
		}
	}

	/** Writes a few bytes of each file, then fails as a killed process would. */
	static final class DyingWriter extends FolderWriter {

		private final int bytesBeforeDeath;

		DyingWriter(Path root, int bytesBeforeDeath) {
			super(root, false);
			this.bytesBeforeDeath = bytesBeforeDeath;
		}

		@Override
		protected OutputStream open(Path temporary, FileChannel channel) throws IOException {
			return new FilterOutputStream(super.open(temporary, channel)) {

				private int written;

				@Override
				public void write(int b) throws IOException {
					if (++written > bytesBeforeDeath) {
						throw new IOException("killed");
					}
					super.write(b);
				}

				@Override
				public void write(byte[] bytes, int offset, int length) throws IOException {
					for (int i = 0; i < length; i++) {
						write(bytes[offset + i]);
					}
				}
			};
		}
	}
}
