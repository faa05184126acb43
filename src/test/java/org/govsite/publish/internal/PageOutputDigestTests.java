package org.govsite.publish.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsite.content.ChannelEntry;
import org.govsite.content.PublishedDocument.RelatedDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages a full publish writes stay the same byte for byte when the way they are rendered
 * changes (issue 23: view models built once per site and channel rather than per page). Each page
 * of the fixtures' two sites, and its traditional copy, is compared by SHA-256 with the digests
 * recorded in {@code publish/page-digests.txt}; the same builder renders every page twice (in a
 * different order the second time), so that whatever it keeps between pages cannot leak into the
 * next one.
 * <p>
 * On a mismatch the pages are written to {@code target/page-digests/} to compare. After a change
 * meant to alter the pages, record the digests again with {@code -Dpage.digests.record=true}
 * (writes {@code src/test/resources/publish/page-digests.txt}) and say so in the commit.
 */
class PageOutputDigestTests {

	private static final Path RECORDED = Path.of("src/test/resources/publish/page-digests.txt");

	@Test
	void pagesAreTheSameByteForByte() throws IOException {
		Map<String, String> pages = pages();
		Map<String, String> digests = new LinkedHashMap<>();
		pages.forEach((name, content) -> digests.put(name, Digests.sha256Hex(content.getBytes(StandardCharsets.UTF_8))));
		if (Boolean.getBoolean("page.digests.record")) {
			StringBuilder file = new StringBuilder();
			digests.forEach((name, digest) -> file.append(name).append(' ').append(digest).append('\n'));
			Files.writeString(RECORDED, file.toString());
		}
		Map<String, String> expected = recorded();
		if (!digests.equals(expected)) {
			Path out = Path.of("target/page-digests");
			Files.createDirectories(out);
			for (Map.Entry<String, String> page : pages.entrySet()) {
				Files.writeString(out.resolve(page.getKey().replace('/', '_')), page.getValue());
			}
		}
		assertThat(digests).containsExactlyEntriesOf(expected);
	}

	/** Every kind of page the fixtures give, rendered twice by one builder per site, the second round reversed. */
	private static Map<String, String> pages() {
		Map<String, String> pages = new LinkedHashMap<>();
		PageBuilder portal = new PageBuilder(new Theme(Map.of()), PageFixtures.site());
		PageBuilder department = new PageBuilder(new Theme(Map.of()), PageFixtures.departmentSite());
		List<Map.Entry<String, java.util.function.Supplier<Page>>> all = new ArrayList<>();
		all.add(Map.entry("home", () -> portal.home(PageFixtures.homeBlocks())));
		all.add(Map.entry("department-home", () -> department.home(Map.of())));
		all.add(Map.entry("news-0", () -> portal.channelPage(PageFixtures.NEWS, new ListLayout(45, 20), 0,
				PageFixtures.entries(PageFixtures.NEWS.id(), 20), Map.of())));
		all.add(Map.entry("news-1", () -> portal.channelPage(PageFixtures.NEWS, new ListLayout(45, 20), 1,
				PageFixtures.entries(PageFixtures.NEWS.id(), 20), Map.of())));
		all.add(Map.entry("open-0", () -> portal.channelPage(PageFixtures.OPEN, new ListLayout(0, 20), 0, List.of(),
				blocks())));
		all.add(Map.entry("policy-0", () -> portal.channelPage(PageFixtures.POLICY, new ListLayout(3, 20), 0,
				PageFixtures.entries(PageFixtures.POLICY.id(), 3), Map.of())));
		all.add(Map.entry("article", () -> portal.document(PageFixtures.article(), PageFixtures.NEWS, related -> null,
				id -> "files/x.jpg")));
		all.add(Map.entry("article-no-channel", () -> portal.document(PageFixtures.article(), null, related -> null,
				id -> "files/x.jpg")));
		all.add(Map.entry("policy", () -> portal.document(PageFixtures.policy(), PageFixtures.POLICY,
				(RelatedDocument related) -> "documents/" + related.id() + ".html", id -> "files/x.jpg")));
		all.add(Map.entry("video", () -> portal.document(PageFixtures.video(), PageFixtures.NEWS, related -> null,
				id -> "files/x.jpg")));
		all.add(Map.entry("backdated", () -> portal.document(PageFixtures.backdated(), PageFixtures.INTERPRETATION,
				related -> null, id -> "files/x.jpg")));
		all.add(Map.entry("department-article", () -> department.document(PageFixtures.article(), null,
				related -> null, id -> "files/x.jpg")));
		all.add(Map.entry("site-map", portal::siteMap));
		all.add(Map.entry("not-found", portal::notFound));
		all.add(Map.entry("rss", () -> portal.rss(PageFixtures.entries(PageFixtures.NEWS.id(), 5))));
		all.add(Map.entry("sitemap-channels", portal::sitemapChannels));
		for (int round = 0; round < 2; round++) {
			for (Map.Entry<String, java.util.function.Supplier<Page>> page : all) {
				Page rendered = page.getValue().get();
				String copy = rendered.path().endsWith(".xml") ? TraditionalCopy.xml(rendered.content())
						: TraditionalCopy.html(rendered.content(), rendered.path());
				String name = page.getKey();
				if (round == 0) {
					pages.put(name, rendered.content());
					pages.put(name + "-traditional", copy);
				}
				else {
					assertThat(rendered.content()).as(name + ", rendered again").isEqualTo(pages.get(name));
					assertThat(copy).as(name + "'s traditional copy, again").isEqualTo(pages.get(name + "-traditional"));
				}
			}
			all = new ArrayList<>(all.reversed());
		}
		return pages;
	}

	private static Map<org.govsite.channel.ChannelView, List<ChannelEntry>> blocks() {
		Map<org.govsite.channel.ChannelView, List<ChannelEntry>> blocks = new LinkedHashMap<>();
		blocks.put(PageFixtures.POLICY, PageFixtures.entries(PageFixtures.POLICY.id(), 3));
		blocks.put(PageFixtures.INTERPRETATION, PageFixtures.entries(PageFixtures.INTERPRETATION.id(), 2));
		return blocks;
	}

	private static Map<String, String> recorded() throws IOException {
		Map<String, String> digests = new LinkedHashMap<>();
		for (String line : Files.readAllLines(RECORDED, StandardCharsets.UTF_8)) {
			if (!line.isBlank()) {
				String[] parts = line.split(" ");
				digests.put(parts[0], parts[1]);
			}
		}
		return digests;
	}
}
