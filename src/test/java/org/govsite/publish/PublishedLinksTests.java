package org.govsite.publish;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govsite.content.ContentFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.test.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 (done means: the link check finds nothing broken): every link, picture, rendition, style
 * sheet and script of every published page — simplified and traditional, home with its blocks,
 * lists, documents, a special topic, site map, 404 — leads to a file the site published; links to
 * the application's own pages (letters, search, disclosure applications) are the ones it serves.
 */
@IntegrationTest
class PublishedLinksTests {

	/** Pages of the application at a site's host, which nginx passes on to the public nodes. */
	private static final Set<String> APPLICATION_PAGES = Set.of("/letters", "/letters/write", "/letters/follow", "/search", "/assistant",
			"/disclosure/apply", "/disclosure/query");

	@Autowired
	PublishFixtures fixtures;

	@Autowired
	ContentFixtures content;

	@Autowired
	PublishJobs publishJobs;

	@Autowired
	org.govsite.interaction.LetterHandling letters;

	@Test
	void everyLinkOfEveryPublishedPageLeadsToAPublishedFile() throws IOException {
		TestSite site = fixtures.onlineSite();
		for (int i = 1; i <= 8; i++) {
			content.published(site.editor(), site.reviewer(), site.id(), site.news(), "县政府第" + i + "次常务会议");
		}
		fixtures.pictureNews(site, "春耕时节田野忙", java.awt.Color.GREEN, 1200, 675);
		fixtures.policyWithInterpretation(site);
		long[] topic = fixtures.topic(site, "乡村振兴", "xczx", "本专题集中发布乡村振兴的政策和进展。");
		content.published(site.editor(), site.reviewer(), site.id(), topic[0], "全县乡村振兴现场会召开");
		org.govsite.platform.RunAs.actor("links-manager",
				() -> letters.createMailbox(site.id(), org.govsite.interaction.MailboxSettings.of("县长信箱",
						org.govsite.interaction.MailboxKind.LEADER, false, List.of())),
				org.govsite.identity.StaffRole.SITE_MANAGER.forSite(site.id()), org.govsite.identity.StaffRole.STAFF_AUTHORITY);
		fixtures.awaitListeners();
		publishJobs.publishSite(site.id());
		fixtures.publishQueued();

		Path root = fixtures.folder(site.code());
		Map<String, String> files = fixtures.files(site.code());
		List<String> broken = new ArrayList<>();
		int checked = 0;
		for (String path : files.keySet()) {
			if (!path.endsWith(".html")) {
				continue;
			}
			Document page = Jsoup.parse(new String(files.get(path).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
			for (String target : targets(page)) {
				checked++;
				if (!leadsSomewhere(root, path, page, target)) {
					broken.add(path + " → " + target);
				}
			}
		}
		assertThat(files.keySet()).contains("xczx/index.html", "zh-hant/xczx/index.html", "zwgk/zcwj/index.html");
		assertThat(checked).isGreaterThan(500);
		assertThat(broken).isEmpty();
	}

	private static List<String> targets(Document page) {
		List<String> targets = new ArrayList<>();
		for (Element element : page.select("a[href], link[href], img[src], script[src], source[src]")) {
			targets.add(element.hasAttr("href") ? element.attr("href") : element.attr("src"));
		}
		for (Element image : page.select("img[srcset]")) {
			for (String candidate : image.attr("srcset").split(",")) {
				targets.add(candidate.trim().split(" ")[0]);
			}
		}
		return targets;
	}

	private static boolean leadsSomewhere(Path root, String pagePath, Document page, String target) {
		if (target.startsWith("http://") || target.startsWith("https://") || target.startsWith("mailto:")
				|| target.startsWith("tel:") || target.startsWith("#")) {
			return true;
		}
		String address = target.replaceAll("[?#].*$", "");
		if (address.startsWith("/")) {
			// a root path: the application's pages, or the 404 page's links under its <base href="/">
			return APPLICATION_PAGES.contains(address) || Files.exists(root.resolve(index(address.substring(1))));
		}
		String base = page.selectFirst("base[href]") != null ? "/" : "/" + pagePath;
		String resolved = URI.create("file://site" + base).resolve(address).getPath();
		// as a browser does: ".." at the root stays at the root
		while (resolved.startsWith("/../")) {
			resolved = resolved.substring(3);
		}
		return Files.exists(root.resolve(index(resolved.substring(1))));
	}

	private static String index(String path) {
		return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
	}
}
