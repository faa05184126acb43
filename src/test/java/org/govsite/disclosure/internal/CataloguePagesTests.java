package org.govsite.disclosure.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.govsite.content.SubjectCategories;
import org.govsite.content.Validity;
import org.govsite.publish.SitePage;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A catalogue of ten thousand entries has no giant page: every browse list (by 主题分类, 索引号's
 * year, 发布机构, 效力等级, 有效性) is cut into pages of 20 with the channel lists' pager, and each
 * entry is on exactly one page of each.
 */
class CataloguePagesTests {

	private static final int ENTRIES = 10_000;

	private static final List<String> ISSUERS = List.of("县人民政府办公室", "县发展和改革局", "县教育局", "县财政局",
			"县自然资源局", "县生态环境局", "县住房和城乡建设局");

	private static final List<String> KINDS = List.of("规章", "行政规范性文件", "其他文件");

	@Test
	void everyBrowseListIsCutIntoPagesOfTwentyAndNamesEachEntryOncePerWayOfBrowsing() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/disclosure");
		messages.setDefaultEncoding("UTF-8");
		Texts texts = Texts.of(messages);
		List<SitePage> pages = new CataloguePages(texts, ZoneId.of("Asia/Shanghai"))
			.pages(new CataloguePages.Site("9901230001", List.of(), entries(), List.of(), LocalDate.of(2026, 12, 6)));

		Map<String, Integer> listed = new HashMap<>();
		int biggest = 0;
		for (SitePage page : pages) {
			int rows = page.sections().stream().flatMap(section -> section.tables().stream()).mapToInt(table -> table.body().size()).sum();
			if (!page.path().endsWith("subjects/index.html")) {
				biggest = Math.max(biggest, rows);
			}
			String way = page.path().replaceFirst("^disclosure/([a-z]+)[/.].*", "$1");
			listed.merge(way, rows, Integer::sum);
			if (rows > 0 && !page.path().endsWith("subjects/index.html")) {
				assertThat(page.pager()).as(page.path()).isNotNull();
			}
		}
		// a list's newest page holds 20 to 39 entries, as a channel's index.html does; the others 20
		assertThat(biggest).isLessThan(40);
		assertThat(listed).containsEntry("subjects", ENTRIES + SubjectCategories.FIRST_LEVEL.size())
			.containsEntry("numbers", ENTRIES).containsEntry("issuers", ENTRIES).containsEntry("kinds", ENTRIES)
			.containsEntry("validity", ENTRIES);

		SitePage firstOfYear = page(pages, "disclosure/numbers/2025.html");
		// 10,000 entries over 2024, 2025 and 2026: 3,334 in 2024, 3,333 in the others; 2025 has 166 pages
		assertThat(firstOfYear.pager()).isEqualTo(new SitePage.Pager(null, null, "disclosure/numbers/2025_165.html",
				"disclosure/numbers/2025_1.html", 1, 166, 3333));
		SitePage oldest = page(pages, "disclosure/numbers/2025_1.html");
		assertThat(oldest.pager().number()).isEqualTo(166);
		assertThat(oldest.pager().newer()).isEqualTo("disclosure/numbers/2025_2.html");
		assertThat(oldest.pager().older()).isNull();
		assertThat(page(pages, "disclosure/validity.html").sections().get(0).links()).extracting(SitePage.Href::text)
			.containsExactly("有效", "废止");
		assertThat(page(pages, "disclosure/issuers.html").sections().get(0).links()).hasSize(ISSUERS.size());
	}

	private static SitePage page(List<SitePage> pages, String path) {
		return pages.stream().filter(page -> page.path().equals(path)).findFirst().orElseThrow(() -> new AssertionError(path));
	}

	private static List<CatalogueEntry> entries() {
		List<CatalogueEntry> entries = new ArrayList<>();
		List<String> subjects = new ArrayList<>();
		SubjectCategories.LEVELS.forEach((first, seconds) -> seconds.forEach(second -> subjects.add(first + "/" + second)));
		for (int i = 0; i < ENTRIES; i++) {
			int year = 2024 + i % 3;
			entries.add(new CatalogueEntry(i + 1, "文件" + i, String.format(Locale.ROOT, "11100000MB0000000X/%d-%05d", year, i),
					subjects.get(i % subjects.size()), ISSUERS.get(i % ISSUERS.size()), null, LocalDate.of(year, 3, 1),
					LocalDate.of(year, 3, 2), i % 10 == 0 ? Validity.REPEALED : Validity.VALID, KINDS.get(i % KINDS.size()), null));
		}
		return entries;
	}
}
