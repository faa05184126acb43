package org.govsite.monitor.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.govsite.monitor.Problem;
import org.govsite.publish.ManifestEntry;
import org.govsite.site.SiteKind;
import org.govsite.site.SiteState;
import org.govsite.site.SiteSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** 防篡改 tells a file changed behind the publisher's back from one a publish of the site rewrote meanwhile. */
class TamperCheckTests {

	@TempDir
	Path folder;

	private final SiteSummary site = new SiteSummary(7, "测试站", SiteKind.PORTAL, "9901230007", null, SiteState.ONLINE, null, false);

	@Test
	void aFileRepublishedWhileTheCheckRanIsNotTampered() throws Exception {
		write("index.html", "新首页");
		write("art/1.html", "被改动的正文");
		write("art/2.html", "正文二");
		ManifestEntry homeBefore = entry("index.html", "旧首页");
		ManifestEntry removed = entry("art/9.html", "已撤下");
		ManifestEntry changed = entry("art/1.html", "原正文");
		ManifestEntry kept = entry("art/2.html", "正文二");
		// the publish that wrote the new home page and took art/9 away records it after the check read the manifest
		PublishedFiles files = files(List.of(homeBefore, removed, changed, kept),
				List.of(entry("index.html", "新首页"), changed, kept));

		List<Problem> problems = new TamperCheck(files, texts()).inspect(site);

		assertThat(problems).extracting(Problem::subject).containsExactly("art/1.html");
	}

	@Test
	void aFileChangedOrRemovedBehindThePublishersBackIsTampered() throws Exception {
		write("art/1.html", "被改动的正文");
		ManifestEntry changed = entry("art/1.html", "原正文");
		ManifestEntry missing = entry("art/3.html", "正文三");
		PublishedFiles files = files(List.of(changed, missing), List.of(changed, missing));

		assertThat(new TamperCheck(files, texts()).inspect(site)).extracting(Problem::subject)
			.containsExactly("art/1.html", "art/3.html");
	}

	private PublishedFiles files(List<ManifestEntry> first, List<ManifestEntry> then) {
		PublishedFiles files = mock(PublishedFiles.class);
		when(files.folder(site)).thenReturn(folder);
		when(files.manifest(site.id())).thenReturn(first, then);
		return files;
	}

	private static Texts texts() {
		Texts texts = mock(Texts.class);
		when(texts.get(anyString(), any(Object[].class))).thenReturn("已篡改");
		return texts;
	}

	private void write(String path, String text) throws Exception {
		Path file = folder.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}

	private static ManifestEntry entry(String path, String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		try {
			String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
			return new ManifestEntry(path, sha, bytes.length, Instant.parse("2026-12-01T00:00:00Z"));
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
