package org.govsite.publish;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govsite.content.ContentFixtures.Staff;
import org.govsite.content.ContentFixtures;
import org.govsite.content.ReviewWorkflow;
import org.govsite.identity.StaffRole;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.publish.internal.Digests;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Publishing from the database: a full publish writes the site and its manifest; a change rewrites only what it affects. */
@IntegrationTest
class PublishingIntegrationTests {

	@Autowired
	PublishFixtures fixtures;

	@Autowired
	ContentFixtures content;

	@Autowired
	ReviewWorkflow workflow;

	@Autowired
	PublishJobs publishJobs;

	TestSite site;

	Staff editor;

	Staff reviewer;

	Staff manager;

	@BeforeEach
	void site() {
		site = fixtures.onlineSite();
		editor = site.editor();
		reviewer = site.reviewer();
		manager = new Staff("manager", List.of(StaffRole.SITE_MANAGER.forSite(site.id())));
	}

	@Test
	void fullPublishWritesEveryPageAndItsManifest() {
		long first = content.published(editor, reviewer, site.id(), site.news(), "示例县召开政务公开工作会议");
		long second = content.published(editor, reviewer, site.id(), site.policy(), "关于印发政务公开工作规范的通知");
		fixtures.awaitListeners();
		manager.run(() -> publishJobs.requestFullPublish(site.id()));
		fixtures.publishQueued();

		Map<String, String> files = fixtures.files(site.code());
		assertThat(files).containsKeys("index.html", "xwdt/index.html", "zwgk/index.html", "zwgk/zcwj/index.html",
				"art/" + first / 1000 + "/t" + first + ".html", "art/" + second / 1000 + "/t" + second + ".html",
				"zh-hant/index.html", "zh-hant/xwdt/index.html", "sitemap.html", "sitemap.xml", "sitemap-channels.xml",
				"rss.xml", "404.html");
		assertThat(files.keySet()).anyMatch(path -> path.startsWith("assets/site.") && path.endsWith(".css"));
		assertThat(files.keySet()).noneMatch(path -> path.endsWith(".tmp"));
		String news = utf8(files.get("xwdt/index.html"));
		assertThat(news).contains("示例县召开政务公开工作会议").contains("<meta name=\"ColumnName\" content=\"新闻动态\">");
		assertThat(utf8(files.get("zh-hant/xwdt/index.html"))).contains("示例縣召開政務公開工作會議");

		List<ManifestEntry> manifest = manager.run(() -> publishJobs.manifest(site.id()));
		assertThat(manifest).extracting(ManifestEntry::path).containsExactlyInAnyOrderElementsOf(files.keySet());
		for (ManifestEntry entry : manifest) {
			assertThat(Digests.sha256Hex(files.get(entry.path()).getBytes(StandardCharsets.ISO_8859_1)))
				.as(entry.path()).isEqualTo(entry.sha256());
		}
	}

	/** Issue 12 part 12: a picture carries its size, and its narrower renditions are published for srcset. */
	@Test
	void aWidePictureIsPublishedWithItsSizeAndNarrowerRenditions() {
		long id = fixtures.pictureNews(site, "宽幅图片新闻", java.awt.Color.RED, 1200, 675);
		manager.run(() -> publishJobs.requestFullPublish(site.id()));
		fixtures.publishQueued();

		Map<String, String> files = fixtures.files(site.code());
		org.jsoup.nodes.Element cover = org.jsoup.Jsoup
			.parse(utf8(files.get("art/" + id / 1000 + "/t" + id + ".html"))).selectFirst(".gs-cover img");
		assertThat(cover.attr("width")).isEqualTo("1200");
		assertThat(cover.attr("height")).isEqualTo("675");
		String original = cover.attr("src").replaceFirst("^(\\.\\./)+", "");
		String stem = original.substring(0, original.length() - ".png".length());
		assertThat(cover.attr("srcset")).contains(stem + "-480w.png 480w", stem + "-960w.png 960w", original + " 1200w");
		assertThat(files).containsKeys(original, stem + "-480w.png", stem + "-960w.png");
		assertThat(width(files.get(stem + "-480w.png"))).isEqualTo(480);
		assertThat(width(files.get(stem + "-960w.png"))).isEqualTo(960);
	}

	private static int width(String file) {
		try {
			return javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(file.getBytes(StandardCharsets.ISO_8859_1)))
				.getWidth();
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@Test
	void aPublishedDocumentRewritesOnlyTheAffectedFiles() {
		content.published(editor, reviewer, site.id(), site.news(), "第一条新闻");
		content.published(editor, reviewer, site.id(), site.policy(), "一份政策文件");
		manager.run(() -> publishJobs.requestFullPublish(site.id()));
		fixtures.publishQueued();
		Map<String, ManifestEntry> before = byPath(manager.run(() -> publishJobs.manifest(site.id())));

		long added = content.published(editor, reviewer, site.id(), site.news(), "第二条新闻");
		fixtures.publishQueued();
		Map<String, ManifestEntry> after = byPath(manager.run(() -> publishJobs.manifest(site.id())));

		Set<String> rewritten = new HashSet<>();
		after.forEach((path, entry) -> {
			if (!before.containsKey(path) || !before.get(path).writtenAt().equals(entry.writtenAt())) {
				rewritten.add(path);
			}
		});
		String page = "art/" + added / 1000 + "/t" + added + ".html";
		assertThat(rewritten).as("the pages the new document affects").contains(page, "zh-hant/" + page, "xwdt/index.html",
				"zh-hant/xwdt/index.html", "index.html", "zh-hant/index.html", "rss.xml", "zh-hant/rss.xml",
				"sitemap-" + added / 1_000 + ".xml");
		assertThat(rewritten).as("nothing else").isSubsetOf(Set.of(page, "zh-hant/" + page, "xwdt/index.html",
				"zh-hant/xwdt/index.html", "index.html", "zh-hant/index.html", "rss.xml", "zh-hant/rss.xml",
				"sitemap-" + added / 1_000 + ".xml", "sitemap.xml", "sitemap.html", "zh-hant/sitemap.html"));
		assertThat(before.keySet()).allMatch(after::containsKey);
	}

	@Test
	void aWithdrawnDocumentLeavesTheSite() throws Exception {
		long id = content.published(editor, reviewer, site.id(), site.news(), "将要撤稿的新闻");
		manager.run(() -> publishJobs.requestFullPublish(site.id()));
		fixtures.publishQueued();
		String page = "art/" + id / 1000 + "/t" + id + ".html";
		assertThat(Files.exists(fixtures.folder(site.code()).resolve(page))).isTrue();

		reviewer.run(() -> workflow.withdraw(id, "内容过时"));
		fixtures.publishQueued();

		assertThat(Files.exists(fixtures.folder(site.code()).resolve(page))).isFalse();
		assertThat(Files.exists(fixtures.folder(site.code()).resolve("zh-hant/" + page))).isFalse();
		assertThat(utf8(fixtures.files(site.code()).get("xwdt/index.html"))).doesNotContain("将要撤稿的新闻");
		assertThat(manager.run(() -> publishJobs.manifest(site.id()))).extracting(ManifestEntry::path).doesNotContain(page);
	}

	@Test
	void theIndexOfSitemapsFollowsAChunkThatAppearsAndGoes() throws Exception {
		fixtures.publishQueued();
		String index = utf8(fixtures.files(site.code()).get("sitemap.xml"));
		long id = content.published(editor, reviewer, site.id(), site.news(), "本站第一条新闻");
		fixtures.publishQueued();
		String chunk = "sitemap-" + id / 1_000 + ".xml";
		assertThat(index).as("a site without documents").doesNotContain(chunk);
		assertThat(utf8(fixtures.files(site.code()).get("sitemap.xml"))).as("the chunk of the first document").contains(chunk);

		reviewer.run(() -> workflow.withdraw(id, "内容过时"));
		fixtures.publishQueued();

		assertThat(Files.exists(fixtures.folder(site.code()).resolve(chunk))).isFalse();
		assertThat(utf8(fixtures.files(site.code()).get("sitemap.xml"))).as("the chunk gone with it").doesNotContain(chunk);
	}

	private static Map<String, ManifestEntry> byPath(List<ManifestEntry> entries) {
		Map<String, ManifestEntry> map = new HashMap<>();
		entries.forEach(entry -> map.put(entry.path(), entry));
		return map;
	}

	static String utf8(String latin1) {
		return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
	}
}
