package org.govsite.disclosure.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.govsite.content.SubjectCategories;
import org.govsite.content.Validity;
import org.govsite.disclosure.AnnualReport;
import org.govsite.publish.ListPages;
import org.govsite.publish.SitePage;
import org.govsite.publish.SitePage.Cell;
import org.govsite.publish.SitePage.Href;
import org.govsite.publish.SitePage.Section;
import org.govsite.publish.SitePage.Table;
import org.jspecify.annotations.Nullable;

/**
 * The disclosure catalogue (政府信息公开目录) of a site as pages of the site, from what it has now:
 * <ul>
 * <li>{@code disclosure/index.html}, the area: each channel of the site's 政府信息公开 (指南, 制度,
 * 法定主动公开内容 by its categories, …) with its newest entries or its categories, the annual
 * reports by year, the 依申请公开 entry, and the ways to browse the catalogue;</li>
 * <li>{@code disclosure/subjects/}, the entries by 主题分类 (the first level, then the second);</li>
 * <li>{@code disclosure/numbers/}, the entries by 索引号, a page per year;</li>
 * <li>{@code disclosure/issuers.html}, the 发布机构 with their counts, each one's entries on its list
 * under {@code disclosure/issuers/}; {@code disclosure/kinds.html}, the same by 效力等级 (规章,
 * 行政规范性文件 …); {@code disclosure/validity.html}, by 有效性;</li>
 * <li>{@code disclosure/annual/}, the annual disclosure reports by year, each a page ({@link ReportPage}).</li>
 * </ul>
 * Every list of entries is cut into pages of 20 ({@link ListPages}, the channel lists' pager), so
 * that a catalogue of ten thousand entries has no page of thousands.
 * A channel, category or list with nothing to show says so with its note rather than showing an
 * empty page: a disclosure channel's own description is its explanatory note when it has one.
 * Each entry links to its document's page, which carries the full metadata table.
 */
final class CataloguePages {

	static final String FOLDER = "disclosure/";

	static final String INDEX = FOLDER + "index.html";

	static final String SUBJECTS = FOLDER + "subjects/";

	static final String NUMBERS = FOLDER + "numbers/";

	static final String ISSUERS = FOLDER + "issuers.html";

	static final String KINDS = FOLDER + "kinds.html";

	static final String VALIDITY = FOLDER + "validity.html";

	/** How many of a channel's newest entries the area's page lists. */
	static final int NEWEST = 5;

	/**
	 * A channel of the disclosure area as the catalogue shows it.
	 *
	 * @param entries how many entries it and the channels below it have
	 * @param newest its newest entries
	 */
	record AreaChannel(long id, String name, @Nullable String description, int entries, List<Href> newest,
			List<AreaChannel> children) {
	}

	/** What the site has: its code (for the 依申请公开 form), its disclosure area, entries and published reports. */
	record Site(String siteCode, List<AreaChannel> area, List<CatalogueEntry> entries, List<AnnualReport> reports,
			LocalDate today) {
	}

	private final Texts texts;

	private final ReportPage reportPage;

	CataloguePages(Texts texts, ZoneId zone) {
		this.texts = texts;
		this.reportPage = new ReportPage(texts, zone);
	}

	List<SitePage> pages(Site site) {
		List<SitePage> pages = new ArrayList<>();
		pages.add(index(site));
		pages.addAll(subjects(site));
		pages.addAll(numbers(site));
		pages.addAll(issuers(site));
		pages.addAll(kinds(site));
		pages.addAll(validity(site));
		pages.add(reports(site));
		site.reports().stream().filter(AnnualReport::published).map(reportPage::page).forEach(pages::add);
		return pages;
	}

	// --- the area

	private SitePage index(Site site) {
		List<Section> sections = new ArrayList<>();
		boolean reportsShown = false;
		boolean applyShown = false;
		for (AreaChannel channel : site.area()) {
			if (isReports(channel)) {
				sections.add(reportSection(channel.name(), site));
				reportsShown = true;
			}
			else if (isApplications(channel)) {
				sections.add(applySection(channel.name(), site));
				applyShown = true;
			}
			else {
				sections.add(channelSection(channel));
			}
		}
		if (!reportsShown) {
			sections.add(reportSection(texts.text("disclosure.site.reports"), site));
		}
		if (!applyShown) {
			sections.add(applySection(texts.text("disclosure.site.apply"), site));
		}
		sections.add(Section.of(texts.text("disclosure.site.browse"), List.of(
				Href.page(texts.text("disclosure.site.bySubject"), SUBJECTS + "index.html", count(site.entries().size())),
				Href.page(texts.text("disclosure.site.byNumber"), NUMBERS + "index.html", count(site.entries().size())),
				Href.page(texts.text("disclosure.site.byIssuer"), ISSUERS, count(site.entries().size())),
				Href.page(texts.text("disclosure.site.byKind"), KINDS, count(site.entries().size())),
				Href.page(texts.text("disclosure.site.byValidity"), VALIDITY, count(site.entries().size()))), null));
		return new SitePage(INDEX, texts.text("disclosure.site.title"), texts.text("disclosure.site.intro"), List.of(), sections,
				updated(site));
	}

	/** A channel: its categories (法定主动公开内容) or its newest entries; its note when it has none. */
	private Section channelSection(AreaChannel channel) {
		List<Href> links = new ArrayList<>();
		String note = null;
		if (!channel.children().isEmpty()) {
			for (AreaChannel child : channel.children()) {
				links.add(Href.channel(child.name(), child.id(),
						child.entries() == 0 ? texts.text("disclosure.site.none") : count(child.entries())));
			}
			List<String> empty = channel.children().stream().filter(child -> child.entries() == 0)
				.map(child -> child.name() + "：" + emptyNote(child))
				.toList();
			if (!empty.isEmpty()) {
				note = String.join("；", empty);
			}
		}
		else if (channel.entries() == 0) {
			note = emptyNote(channel);
		}
		else {
			links.addAll(channel.newest());
			links.add(Href.channel(texts.text("disclosure.site.more", channel.name()), channel.id(), count(channel.entries())));
		}
		return Section.of(channel.name(), links, note);
	}

	private String emptyNote(AreaChannel channel) {
		return channel.description() == null || channel.description().isBlank() ? texts.text("disclosure.site.emptyChannel")
				: channel.description().strip();
	}

	private Section reportSection(String heading, Site site) {
		List<Href> years = site.reports().stream()
			.filter(AnnualReport::published)
			.map(report -> Href.page(texts.text("disclosure.site.reportOfYear", String.valueOf(report.year())),
					ReportPage.path(report.year()), null))
			.toList();
		return Section.of(heading, years, years.isEmpty() ? texts.text("disclosure.site.noReports") : null);
	}

	private Section applySection(String heading, Site site) {
		return new Section(heading, List.of(texts.text("disclosure.site.applyIntro")),
				List.of(Href.platform(texts.text("disclosure.site.applyOnline"), "/disclosure/apply?site=" + site.siteCode()),
						Href.platform(texts.text("disclosure.site.query"), "/disclosure/query")),
				List.of(), null);
	}

	private static boolean isReports(AreaChannel channel) {
		return channel.name().contains("年报") || channel.name().contains("年度报告");
	}

	private static boolean isApplications(AreaChannel channel) {
		return channel.name().contains("依申请");
	}

	// --- by 主题分类

	private List<SitePage> subjects(Site site) {
		Map<String, List<CatalogueEntry>> byFirst = new LinkedHashMap<>();
		SubjectCategories.FIRST_LEVEL.forEach(first -> byFirst.put(first, new ArrayList<>()));
		for (CatalogueEntry entry : site.entries()) {
			byFirst.computeIfAbsent(entry.firstLevel(), first -> new ArrayList<>()).add(entry);
		}
		List<SitePage> pages = new ArrayList<>();
		List<List<Cell>> rows = new ArrayList<>();
		int number = 0;
		for (Map.Entry<String, List<CatalogueEntry>> first : byFirst.entrySet()) {
			number++;
			List<CatalogueEntry> entries = first.getValue();
			if (entries.isEmpty()) {
				rows.add(List.of(Cell.head(first.getKey()), Cell.data(texts.text("disclosure.site.none"))));
				continue;
			}
			String path = SUBJECTS + number + ".html";
			rows.add(List.of(Cell.head(first.getKey()), Cell.link(Href.page(count(entries.size()), path, null))));
			pages.addAll(subject(first.getKey(), path, entries, site));
		}
		Table table = new Table(texts.text("disclosure.site.subjectTable"),
				List.of(List.of(Cell.head(texts.text("disclosure.site.subject")), Cell.head(texts.text("disclosure.site.entries")))),
				rows);
		pages.add(0, new SitePage(SUBJECTS + "index.html", texts.text("disclosure.site.bySubject"),
				texts.text("disclosure.site.subjectIntro"), crumbs(), List.of(new Section(texts.text("disclosure.site.subjects"),
						List.of(), List.of(), List.of(table), site.entries().isEmpty() ? texts.text("disclosure.site.noEntries") : null)),
				updated(site)));
		return pages;
	}

	/** A first level's entries by second level (in 主题分类's order, then by 索引号), 20 a page. */
	private List<SitePage> subject(String first, String path, List<CatalogueEntry> entries, Site site) {
		List<String> order = SubjectCategories.LEVELS.getOrDefault(first, List.of());
		String unsorted = texts.text("disclosure.site.noSecondLevel");
		Comparator<String> bySecondLevel = Comparator.comparingInt(second -> order.contains(second) ? order.indexOf(second)
				: second.equals(unsorted) ? Integer.MAX_VALUE : order.size());
		List<CatalogueEntry> sorted = entries.stream()
			.sorted(Comparator.comparing((CatalogueEntry entry) -> secondLevel(entry, unsorted), bySecondLevel.thenComparing(Comparator.naturalOrder()))
				.thenComparing(CatalogueEntry::indexNumber))
			.toList();
		List<Href> crumbs = new ArrayList<>(crumbs());
		crumbs.add(Href.page(texts.text("disclosure.site.bySubject"), SUBJECTS + "index.html", null));
		ListPages list = new ListPages(path, sorted.size());
		List<SitePage> pages = new ArrayList<>();
		for (int number : list.numbers()) {
			Map<String, List<CatalogueEntry>> bySecond = new LinkedHashMap<>();
			for (CatalogueEntry entry : list.on(sorted, number)) {
				bySecond.computeIfAbsent(secondLevel(entry, unsorted), key -> new ArrayList<>()).add(entry);
			}
			List<Section> sections = new ArrayList<>();
			bySecond.forEach((second, listed) -> sections.add(new Section(second, List.of(), List.of(),
					List.of(entryTable(second, listed)), null)));
			pages.add(new SitePage(list.path(number), first,
					texts.text("disclosure.site.subjectPageIntro", first, String.valueOf(entries.size())), crumbs, sections,
					updated(site), list.pager(number)));
		}
		return pages;
	}

	private static String secondLevel(CatalogueEntry entry, String unsorted) {
		return entry.secondLevel() == null ? unsorted : entry.secondLevel();
	}

	// --- by 索引号

	private List<SitePage> numbers(Site site) {
		Map<Integer, List<CatalogueEntry>> byYear = new TreeMap<>(Comparator.reverseOrder());
		for (CatalogueEntry entry : site.entries()) {
			byYear.computeIfAbsent(entry.year(), year -> new ArrayList<>()).add(entry);
		}
		List<SitePage> pages = new ArrayList<>();
		List<Href> years = new ArrayList<>();
		List<Href> crumbs = new ArrayList<>(crumbs());
		crumbs.add(Href.page(texts.text("disclosure.site.byNumber"), NUMBERS + "index.html", null));
		byYear.forEach((year, entries) -> {
			String label = year == 0 ? texts.text("disclosure.site.noYear") : texts.text("disclosure.site.year", String.valueOf(year));
			String path = NUMBERS + (year == 0 ? "other" : String.valueOf(year)) + ".html";
			years.add(Href.page(label, path, count(entries.size())));
			List<CatalogueEntry> sorted = entries.stream().sorted(Comparator.comparing(CatalogueEntry::indexNumber)).toList();
			ListPages list = new ListPages(path, sorted.size());
			for (int number : list.numbers()) {
				pages.add(new SitePage(list.path(number), texts.text("disclosure.site.numbersOf", label),
						texts.text("disclosure.site.numberIntro"), crumbs,
						List.of(new Section(label, List.of(), List.of(), List.of(entryTable(label, list.on(sorted, number))), null)),
						updated(site), list.pager(number)));
			}
		});
		pages.add(0, new SitePage(NUMBERS + "index.html", texts.text("disclosure.site.byNumber"),
				texts.text("disclosure.site.numberIntro"), crumbs(),
				List.of(Section.of(texts.text("disclosure.site.years"), years,
						years.isEmpty() ? texts.text("disclosure.site.noEntries") : null)),
				updated(site)));
		return pages;
	}

	// --- by 发布机构, 效力等级, 有效性

	private List<SitePage> issuers(Site site) {
		Map<String, List<CatalogueEntry>> byIssuer = new TreeMap<>();
		for (CatalogueEntry entry : site.entries()) {
			byIssuer.computeIfAbsent(entry.issuer().strip(), issuer -> new ArrayList<>()).add(entry);
		}
		return grouped(ISSUERS, texts.text("disclosure.site.byIssuer"), texts.text("disclosure.site.issuers"), byIssuer,
				CataloguePages::key, site);
	}

	private List<SitePage> kinds(Site site) {
		Map<String, List<CatalogueEntry>> byKind = new TreeMap<>();
		String other = texts.text("disclosure.site.otherKind");
		for (CatalogueEntry entry : site.entries()) {
			byKind.computeIfAbsent(entry.effectLevel() == null ? other : entry.effectLevel(), kind -> new ArrayList<>()).add(entry);
		}
		return grouped(KINDS, texts.text("disclosure.site.byKind"), texts.text("disclosure.site.kinds"), byKind,
				CataloguePages::key, site);
	}

	/** By 有效性: what is in force first, then what was amended, expired or repealed. */
	private List<SitePage> validity(Site site) {
		Map<String, List<CatalogueEntry>> byValidity = new LinkedHashMap<>();
		Map<String, String> names = new java.util.HashMap<>();
		for (Validity validity : List.of(Validity.VALID, Validity.AMENDED, Validity.EXPIRED, Validity.REPEALED)) {
			List<CatalogueEntry> entries = site.entries().stream().filter(entry -> entry.validity() == validity).toList();
			if (!entries.isEmpty()) {
				String group = texts.text("disclosure.site.validity." + validity.name());
				byValidity.put(group, entries);
				names.put(group, validity.name().toLowerCase(java.util.Locale.ROOT));
			}
		}
		return grouped(VALIDITY, texts.text("disclosure.site.byValidity"), texts.text("disclosure.site.validity"), byValidity,
				names::get, site);
	}

	/**
	 * The groups with their counts on a page of their own, each group's entries by 索引号 on its list,
	 * 20 a page ({@code <folder>/<key>.html}); its note when there is none.
	 */
	private List<SitePage> grouped(String path, String title, String heading, Map<String, List<CatalogueEntry>> groups,
			java.util.function.Function<String, String> keys, Site site) {
		String folder = path.substring(0, path.length() - ".html".length()) + "/";
		List<SitePage> pages = new ArrayList<>();
		List<Href> links = new ArrayList<>();
		List<Href> crumbs = new ArrayList<>(crumbs());
		crumbs.add(Href.page(title, path, null));
		groups.forEach((group, entries) -> {
			List<CatalogueEntry> sorted = entries.stream().sorted(Comparator.comparing(CatalogueEntry::indexNumber)).toList();
			ListPages list = new ListPages(folder + keys.apply(group) + ".html", sorted.size());
			links.add(Href.page(group, list.path(0), count(sorted.size())));
			for (int number : list.numbers()) {
				List<CatalogueEntry> shown = list.on(sorted, number);
				Table table = path.equals(VALIDITY) && shown.stream().anyMatch(entry -> entry.replacedBy() != null)
						? replacementTable(group, shown, site) : entryTable(group, shown);
				pages.add(new SitePage(list.path(number), group, null, crumbs,
						List.of(new Section(group, List.of(), List.of(), List.of(table), null)), updated(site), list.pager(number)));
			}
		});
		pages.add(0, new SitePage(path, title, null, crumbs(),
				List.of(Section.of(heading, links, links.isEmpty() ? texts.text("disclosure.site.noEntries") : null)),
				updated(site)));
		return pages;
	}

	/** A group's name as a file name: the start of its SHA-256, the same for the same name. */
	static String key(String group) {
		try {
			byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
				.digest(group.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(digest, 0, 6);
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	// --- the annual reports

	private SitePage reports(Site site) {
		return new SitePage(ReportPage.FOLDER + "index.html", texts.text("disclosure.site.reports"),
				texts.text("disclosure.site.reportsIntro"), crumbs(), List.of(reportSection(texts.text("disclosure.site.reportYears"), site)),
				updated(site));
	}

	// --- helpers

	/** The catalogue's columns: 索引号, 名称 (linking to the document's page), 发布机构, 成文日期, 有效性. */
	private Table entryTable(String caption, List<CatalogueEntry> entries) {
		List<List<Cell>> rows = new ArrayList<>();
		for (CatalogueEntry entry : entries) {
			rows.add(List.of(Cell.data(entry.indexNumber()), Cell.link(Href.document(entry.title(), entry.documentId(), null)),
					Cell.data(entry.issuer()), Cell.data(entry.writtenOn() == null ? "—" : entry.writtenOn().toString()),
					Cell.data(texts.text("disclosure.site.validity." + entry.validity().name()))));
		}
		return new Table(caption, List.of(List.of(Cell.head(texts.text("disclosure.site.indexNumber")),
				Cell.head(texts.text("disclosure.site.name")), Cell.head(texts.text("disclosure.site.issuer")),
				Cell.head(texts.text("disclosure.site.writtenOn")), Cell.head(texts.text("disclosure.site.validity")))), rows);
	}

	/**
	 * The catalogue's columns and the document that replaces or amends each entry: linked when it
	 * is in this site's catalogue, else named.
	 */
	private Table replacementTable(String caption, List<CatalogueEntry> entries, Site site) {
		Table plain = entryTable(caption, entries);
		java.util.Set<Long> here = site.entries().stream().map(CatalogueEntry::documentId).collect(java.util.stream.Collectors.toSet());
		List<List<Cell>> rows = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			var replacement = entries.get(i).replacedBy();
			Cell cell = replacement == null ? Cell.data("—")
					: here.contains(replacement.id()) ? Cell.link(Href.document(texts.text("disclosure.site.replacementTitle", replacement.title()), replacement.id(), null))
					: Cell.data(texts.text("disclosure.site.replacementTitle", replacement.title()));
			List<Cell> row = new ArrayList<>(plain.body().get(i));
			row.add(cell);
			rows.add(row);
		}
		List<List<Cell>> head = new ArrayList<>();
		for (List<Cell> line : plain.head()) {
			List<Cell> withColumn = new ArrayList<>(line);
			withColumn.add(Cell.head(texts.text("disclosure.site.replacement")));
			head.add(withColumn);
		}
		return new Table(caption, head, rows);
	}

	private List<Href> crumbs() {
		return List.of(Href.page(texts.text("disclosure.site.title"), INDEX, null));
	}

	private String count(int entries) {
		return texts.text("disclosure.site.count", String.valueOf(entries));
	}

	/** The newest day an entry was disclosed on, else today: the pages' 更新日期. */
	private static LocalDate updated(Site site) {
		return site.entries().stream().map(CatalogueEntry::disclosedOn).filter(java.util.Objects::nonNull)
			.max(Comparator.naturalOrder()).orElse(site.today());
	}
}
