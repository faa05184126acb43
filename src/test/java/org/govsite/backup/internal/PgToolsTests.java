package org.govsite.backup.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** pg_dump and pg_restore are found only where they safely can be, and checked against the server's version. */
class PgToolsTests {

	@TempDir
	Path folder;

	@Test
	void aBareNameIsLookedUpOnlyInThePathsAbsoluteFolders() throws IOException {
		Path tool = executable(folder.resolve("bin/pg_dump"));
		assertThat(PgTools.resolve("pg_dump", "relative/bin:" + folder.resolve("bin"))).isEqualTo(tool);
		assertThatThrownBy(() -> PgTools.resolve("pg_dump", "bin:."))
			.isInstanceOf(BackupRefused.class).hasMessageStartingWith("backup.refused.pgTool");
		assertThatThrownBy(() -> PgTools.resolve("pg_dump", null)).isInstanceOf(BackupRefused.class);
	}

	@Test
	void aPathMustBeAbsoluteAndExecutable() throws IOException {
		Path tool = executable(folder.resolve("pg_restore"));
		assertThat(PgTools.resolve(tool.toString(), "")).isEqualTo(tool);
		assertThatThrownBy(() -> PgTools.resolve("./pg_restore", "/usr/bin")).isInstanceOf(BackupRefused.class);
		Path plain = Files.writeString(folder.resolve("pg_dump"), "");
		assertThatThrownBy(() -> PgTools.resolve(plain.toString(), "")).isInstanceOf(BackupRefused.class);
	}

	@Test
	void theMajorVersionIsReadFromTheToolsVersionLine() {
		assertThat(PgTools.major("pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)\n")).isEqualTo(15);
		assertThat(PgTools.major("pg_restore (PostgreSQL) 18.1")).isEqualTo(18);
		assertThatThrownBy(() -> PgTools.major("not a tool")).isInstanceOf(BackupRefused.class);
	}

	@Test
	void aToolOlderThanTheServerIsRefusedWithBothVersions() {
		PgTools.checkNewEnough(Path.of("/usr/bin/pg_dump"), 18, 15);
		PgTools.checkNewEnough(Path.of("/usr/bin/pg_dump"), 15, 15);
		assertThatThrownBy(() -> PgTools.checkNewEnough(Path.of("/usr/bin/pg_dump"), 15, 18))
			.isInstanceOfSatisfying(BackupRefused.class, refused -> assertThat(RestoreText.of(refused))
				.isEqualTo("/usr/bin/pg_dump 是 PostgreSQL 15 的工具，比数据库服务器（PostgreSQL 18）旧，不能用它备份或恢复。"
						+ "请安装 PostgreSQL 18 或更新版本的客户端工具，或把 govsite.backup.database-method 设为 copy。"));
	}

	private static Path executable(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		Files.writeString(file, "#!/bin/sh\n");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
		return file;
	}
}
