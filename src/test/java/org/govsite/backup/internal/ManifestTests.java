package org.govsite.backup.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A set's manifest finds a changed, a missing and an added file, and a restore refuses such a set. */
class ManifestTests {

	@TempDir
	Path set;

	@Test
	void anIntactSetHasNoProblemsAndTheManifestReadsBackAsWritten() throws Exception {
		write();
		Manifest written = Manifest.of(set);
		written.write(set);

		assertThat(Manifest.read(set).hashes()).isEqualTo(written.hashes()).hasSize(3);
		assertThat(Manifest.read(set).problems(set)).isEmpty();
		assertThat(Files.readString(set.resolve(Manifest.FILE)))
			.contains("  files/publish/site/index.html\n")
			// the SHA-256 of "<p>首页</p>" in UTF-8, as sha256sum prints it
			.contains(Manifest.sha256(set.resolve("files/publish/site/index.html")) + "  files/publish/site/index.html");
	}

	@Test
	void aChangedAMissingAndAnAddedFileAreEachReported() throws Exception {
		write();
		Manifest.of(set).write(set);
		Files.writeString(set.resolve("files/publish/site/index.html"), "<p>被篡改</p>");
		Files.delete(set.resolve("db/site.copy"));
		Files.writeString(set.resolve("files/uploads/extra.bin"), "x");

		assertThat(Manifest.read(set).problems(set)).containsExactlyInAnyOrder("changed: files/publish/site/index.html",
				"missing: db/site.copy", "unlisted: files/uploads/extra.bin");
	}

	@Test
	void aTamperedSetIsRefusedOnRestoreBeforeAnyFileIsWritten(@TempDir Path dataDir) throws Exception {
		write();
		new SetInfo(java.time.Instant.parse("2026-12-06T02:30:00Z"), "copy", java.util.List.of("1", "2")).write(set);
		Manifest.of(set).write(set);
		Files.writeString(set.resolve("db/site.copy"), "1\t被改过的站点\n");

		assertThatThrownBy(() -> Restore.files(set, dataDir)).isInstanceOfSatisfying(BackupRefused.class, refused -> {
			assertThat(refused.code()).isEqualTo("backup.refused.damaged");
			assertThat(RestoreText.of(refused)).isEqualTo("备份文件与校验清单不符，拒绝恢复：changed: db/site.copy");
		});
		assertThat(dataDir.resolve("publish")).doesNotExist();
	}

	@Test
	void aSetWithoutItsManifestIsIncomplete() throws Exception {
		write();
		assertThatThrownBy(() -> Restore.checkIntact(set)).isInstanceOfSatisfying(BackupRefused.class,
				refused -> assertThat(refused.code()).isEqualTo("backup.refused.incomplete"));
	}

	@Test
	void anIntactSetIsRestoredIntoAnEmptyDataDirectoryButNotOverFiles(@TempDir Path dataDir) throws Exception {
		write();
		new SetInfo(java.time.Instant.parse("2026-12-06T02:30:00Z"), "copy", java.util.List.of("1")).write(set);
		Manifest.of(set).write(set);

		Restore.files(set, dataDir);
		assertThat(dataDir.resolve("publish/site/index.html")).hasContent("<p>首页</p>");
		assertThat(dataDir.resolve("keys/audit-chain.key")).hasContent("a2V5");

		assertThatThrownBy(() -> Restore.files(set, dataDir)).isInstanceOfSatisfying(BackupRefused.class,
				refused -> assertThat(refused.code()).isEqualTo("backup.refused.filesPresent"));
	}

	private void write() throws Exception {
		Files.createDirectories(set.resolve("files/publish/site"));
		Files.createDirectories(set.resolve("files/keys"));
		Files.createDirectories(set.resolve("db"));
		Files.createDirectories(set.resolve("files/uploads"));
		Files.writeString(set.resolve("files/publish/site/index.html"), "<p>首页</p>");
		Files.writeString(set.resolve("files/keys/audit-chain.key"), "a2V5");
		Files.writeString(set.resolve("db/site.copy"), "1\t示例县人民政府\n");
	}
}
