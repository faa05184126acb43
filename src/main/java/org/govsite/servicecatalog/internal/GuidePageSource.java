package org.govsite.servicecatalog.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsite.publish.SitePage;
import org.govsite.publish.SitePage.Cell;
import org.govsite.publish.SitePage.Href;
import org.govsite.publish.SitePage.Section;
import org.govsite.publish.SitePage.Table;
import org.govsite.publish.SitePageSource;
import org.govsite.servicecatalog.Material;
import org.govsite.servicecatalog.ServiceGuide;
import org.govsite.servicecatalog.ServiceTarget;
import org.govsite.servicecatalog.internal.ServiceItemStore.Stored;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteKind;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * A site's guides as static pages in its theme, under {@code services/}: one page per item at
 * {@code services/guides/<id>.html} and the site's catalogue by target and theme at
 * {@code services/index.html}; on a portal also the whole group's catalogue at
 * {@code services/group.html}, linked from the portal's own, its departments' items leading to
 * their guides on the platform ({@code /services/guides/<id>}). Given as plain values: the publisher
 * escapes every text.
 */
@Component
class GuidePageSource implements SitePageSource {

	static final String FOLDER = "services/";

	static final String INDEX = FOLDER + "index.html";

	static final String GROUP = FOLDER + "group.html";

	static final String GROUP_TITLE = "站群办事服务";

	private static final String NONE = "—";

	private final ServiceItemStore store;

	private final SiteDirectory sites;

	private final ZoneId zone;

	GuidePageSource(ServiceItemStore store, SiteDirectory sites, java.time.Clock clock) {
		this.store = store;
		this.sites = sites;
		this.zone = clock.getZone();
	}

	static String path(long itemId) {
		return FOLDER + "guides/" + itemId + ".html";
	}

	@Override
	public String folder() {
		return FOLDER;
	}

	@Override
	public List<SitePage> pages(long siteId) {
		List<Stored> items = store.ofSites(List.of(siteId), null, null);
		Map<Long, String> group = group(siteId);
		List<Stored> groupItems = group.isEmpty() ? List.of() : store.ofSites(group.keySet(), null, null);
		if (items.isEmpty() && groupItems.isEmpty()) {
			return List.of();
		}
		List<SitePage> pages = new ArrayList<>();
		Href catalogue = Href.page("办事服务", INDEX, null);
		for (Stored item : items) {
			ServiceGuide guide = item.guide();
			pages.add(new SitePage(path(item.id()), guide.name(), null, List.of(catalogue),
					List.of(elements(guide), materials(guide), entries(guide)), day(item)));
		}
		List<Section> index = new ArrayList<>();
		if (!group.isEmpty()) {
			index.add(Section.of(GROUP_TITLE, List.of(Href.page("查看站群各网站的全部办事服务", GROUP, null)), null));
			pages.add(new SitePage(GROUP, GROUP_TITLE, "本站及所属部门网站的全部政务服务事项，按服务对象和主题分类。",
					List.of(catalogue), index(groupItems, item -> item.siteId() == siteId ? Href.page(item.guide().name(),
							path(item.id()), detail(item)) : groupLink(item, group.get(item.siteId()))),
					newest(groupItems)));
		}
		index.addAll(index(items, item -> Href.page(item.guide().name(), path(item.id()), detail(item))));
		pages.add(new SitePage(INDEX, "办事服务", null, List.of(), index, newest(items.isEmpty() ? groupItems : items)));
		return pages;
	}

	/** On a portal, the group's serving sites (itself first) by id with their names; else none. */
	private Map<Long, String> group(long siteId) {
		Map<Long, String> group = new LinkedHashMap<>();
		sites.find(siteId).filter(site -> site.kind() == SiteKind.PORTAL).ifPresent(portal -> {
			group.put(portal.id(), portal.name());
			sites.all().stream()
				.filter(other -> Long.valueOf(portal.id()).equals(other.parentId()) && other.state().isServing())
				.forEach(other -> group.put(other.id(), other.name()));
		});
		return group.size() > 1 ? group : Map.of();
	}

	private static Href groupLink(Stored item, String siteName) {
		return new Href(item.guide().name(), Href.Kind.PLATFORM, 0, "/services/guides/" + item.id(),
				item.guide().fullyOnline() ? siteName + " · 全程网办" : siteName);
	}

	private static @Nullable String detail(Stored item) {
		return item.guide().fullyOnline() ? "全程网办" : null;
	}

	private LocalDate day(Stored item) {
		return item.updatedAt().atZone(zone).toLocalDate();
	}

	private LocalDate newest(List<Stored> items) {
		return items.stream().map(this::day).max(LocalDate::compareTo).orElse(LocalDate.MIN);
	}

	private static List<Section> index(List<Stored> items, java.util.function.Function<Stored, Href> link) {
		List<Section> sections = new ArrayList<>();
		for (ServiceTarget target : ServiceTarget.values()) {
			Map<String, List<Href>> byTheme = new LinkedHashMap<>();
			items.stream().filter(item -> item.guide().target() == target)
				.forEach(item -> byTheme.computeIfAbsent(item.guide().theme(), theme -> new ArrayList<>())
					.add(link.apply(item)));
			String audience = target == ServiceTarget.PERSON ? "个人办事" : "法人办事";
			byTheme.forEach((theme, links) -> sections.add(Section.of(audience + " · " + theme, links, null)));
		}
		return sections;
	}

	/** The ten key elements and 注意事项, one row each, the element's name heading its row. */
	private static Section elements(ServiceGuide guide) {
		List<List<Cell>> rows = new ArrayList<>();
		row(rows, "事项编码", guide.code());
		row(rows, "服务对象", guide.target() == ServiceTarget.PERSON ? "个人" : "法人");
		row(rows, "主题分类", guide.theme());
		row(rows, "设定依据", guide.basis());
		row(rows, "申请条件", guide.conditions());
		row(rows, "办理地点", guide.place());
		row(rows, "办理机构", guide.agency());
		row(rows, "收费标准", guide.fees());
		row(rows, "办理时间", guide.hours());
		row(rows, "联系电话", guide.phone());
		row(rows, "办理流程", guide.process());
		row(rows, "办理时限", guide.timeLimit());
		row(rows, "全程网办", guide.fullyOnline() ? "是" : "否");
		row(rows, "注意事项", guide.notes());
		return new Section("办事指南", List.of(), List.of(), List.of(new Table("办事指南要素", List.of(), rows)), null);
	}

	private static Section materials(ServiceGuide guide) {
		List<List<Cell>> head = List.of(List.of(Cell.head("材料名称"), Cell.head("依据"), Cell.head("形式"),
				Cell.head("份数"), Cell.head("签字盖章"), Cell.head("空白表格"), Cell.head("填写说明"), Cell.head("示例样表")));
		List<List<Cell>> body = new ArrayList<>();
		for (Material material : guide.materials()) {
			body.add(List.of(Cell.data(material.name()), text(material.basis()), text(material.format()),
					Cell.data(String.valueOf(material.copies())), text(material.seal()),
					download(material.blankFormUrl(), "下载"), download(material.instructionsUrl(), "下载"),
					download(material.sampleUrl(), "下载")));
		}
		return new Section("办理材料", List.of(), List.of(), List.of(new Table("办理材料", head, body)),
				body.isEmpty() ? "本事项无需提交材料。" : null);
	}

	private static Section entries(ServiceGuide guide) {
		List<Href> links = new ArrayList<>();
		ServiceGuide.Links related = guide.links();
		link(links, related.policy(), "相关政策");
		link(links, related.faq(), "常见问题");
		link(links, related.consultation(), "咨询");
		link(links, related.complaint(), "投诉");
		link(links, related.supervision(), "监督");
		links.add(Href.platform("办件查询", "/services/cases"));
		return Section.of("关联入口", links, null);
	}

	private static void row(List<List<Cell>> rows, String label, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			rows.add(List.of(Cell.head(label), Cell.data(value)));
		}
	}

	private static Cell text(@Nullable String value) {
		return Cell.data(value == null || value.isBlank() ? NONE : value);
	}

	private static Cell download(@Nullable String address, String label) {
		Href link = href(address, label);
		return link == null ? Cell.data(NONE) : Cell.link(link);
	}

	private static void link(List<Href> links, @Nullable String address, String label) {
		Href link = href(address, label);
		if (link != null) {
			links.add(link);
		}
	}

	/** An address a guide names: the platform's own (a kept form) or one elsewhere; nothing unsafe. */
	private static @Nullable Href href(@Nullable String address, String label) {
		if (address == null || address.isBlank() || !GuideCheck.safeAddress(address)) {
			return null;
		}
		String trimmed = address.strip();
		return trimmed.startsWith("/") ? Href.platform(label, trimmed) : Href.external(label, trimmed);
	}
}
