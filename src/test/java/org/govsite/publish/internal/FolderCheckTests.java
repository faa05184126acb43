package org.govsite.publish.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.govsite.publish.internal.FolderCheck.Findings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A site's folder against its manifest: what was altered, deleted and added, and nothing else. */
class FolderCheckTests {

	@TempDir
	Path root;

	Map<String, String> manifest;

	@BeforeEach
	void published() throws IOException {
		write("index.html", "首页");
		write("art/2/t2001.html", "文章");
		write("assets/site.css", "body{}");
		manifest = Map.of("index.html", sha("首页"), "art/2/t2001.html", sha("文章"), "assets/site.css", sha("body{}"));
	}

	@Test
	void aFolderAsPublishedIsClean() {
		assertThat(FolderCheck.all(root, manifest).clean()).isTrue();
	}

	@Test
	void findsTheAlteredTheDeletedAndTheAdded() throws IOException {
		write("index.html", "已被篡改");
		Files.delete(root.resolve("art/2/t2001.html"));
		write("upload/shell.jsp", "<% %>");

		Findings findings = FolderCheck.all(root, manifest);

		assertThat(findings.changed()).containsExactly("index.html");
		assertThat(findings.missing()).containsExactly("art/2/t2001.html");
		assertThat(findings.added()).containsExactly("upload/shell.jsp");
		assertThat(findings.toRestore()).containsExactly("art/2/t2001.html", "index.html");
	}

	@Test
	void aLinkInPlaceOfAPublishedFileCountsAsAltered() throws IOException {
		Path elsewhere = Files.writeString(root.resolveSibling(root.getFileName() + "-outside.html"), "首页");
		Files.delete(root.resolve("index.html"));
		Files.createSymbolicLink(root.resolve("index.html"), elsewhere);

		assertThat(FolderCheck.of(root, List.of("index.html"), manifest).changed()).containsExactly("index.html");
		Files.delete(elsewhere);
	}

	@Test
	void aPublishsTemporaryFilesAndPathsOutsideTheFolderAreNotTheSitesFiles() throws IOException {
		write("art/2/.t2002.html.5f3a.tmp", "半个页面");

		assertThat(FolderCheck.all(root, manifest).clean()).isTrue();
		assertThat(FolderCheck.of(root, List.of("../elsewhere.html"), manifest).clean()).isTrue();
	}

	@Test
	void onlyTheNamedFilesAreCompared() throws IOException {
		write("index.html", "已被篡改");
		write("new.html", "新增");

		Findings findings = FolderCheck.of(root, List.of("new.html"), Map.of());

		assertThat(findings.added()).containsExactly("new.html");
		assertThat(findings.changed()).isEmpty();
	}

	private void write(String path, String text) throws IOException {
		Path file = root.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	private static String sha(String text) {
		return Digests.sha256Hex(text.getBytes(StandardCharsets.UTF_8));
	}
}
