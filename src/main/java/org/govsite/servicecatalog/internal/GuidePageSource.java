package org.govsite.servicecatalog.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.govsite.publish.PageSource;
import org.govsite.publish.SourcedPage;
import org.govsite.servicecatalog.Material;
import org.govsite.servicecatalog.ServiceGuide;
import org.govsite.servicecatalog.ServiceTarget;
import org.govsite.servicecatalog.internal.ServiceItemStore.Stored;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * A site's guides as static pages in its theme (the publisher asks at every full publish): one
 * page per item at {@code services/guides/<id>.html} and the site's catalogue by target and theme at
 * {@code services/index.html}. Every text is escaped here; the publisher sanitizes once more.
 */
@Component
class GuidePageSource implements PageSource {

	static final String INDEX = "services/index.html";

	private final ServiceItemStore store;

	GuidePageSource(ServiceItemStore store) {
		this.store = store;
	}

	static String path(long itemId) {
		return "services/guides/" + itemId + ".html";
	}

	@Override
	public List<SourcedPage> pages(long siteId) {
		List<Stored> items = store.ofSites(List.of(siteId), null, null);
		if (items.isEmpty()) {
			return List.of();
		}
		List<SourcedPage> pages = new ArrayList<>();
		Instant newest = Instant.EPOCH;
		for (Stored item : items) {
			pages.add(new SourcedPage(path(item.id()), item.guide().name(), guide(item.guide()), item.updatedAt()));
			newest = item.updatedAt().isAfter(newest) ? item.updatedAt() : newest;
		}
		pages.add(new SourcedPage(INDEX, "办事服务", index(items), newest));
		return pages;
	}

	private static String index(List<Stored> items) {
		StringBuilder html = new StringBuilder();
		for (ServiceTarget target : ServiceTarget.values()) {
			Map<String, List<Stored>> byTheme = new LinkedHashMap<>();
			items.stream().filter(item -> item.guide().target() == target)
				.forEach(item -> byTheme.computeIfAbsent(item.guide().theme(), theme -> new ArrayList<>()).add(item));
			if (byTheme.isEmpty()) {
				continue;
			}
			html.append("<h2>").append(target == ServiceTarget.PERSON ? "个人办事" : "法人办事").append("</h2>");
			byTheme.forEach((theme, listed) -> {
				html.append("<h3>").append(e(theme)).append("</h3><ul>");
				// the index sits in services/, its guides one folder down
				listed.forEach(item -> html.append("<li><a href=\"guides/").append(item.id()).append(".html\">")
					.append(e(item.guide().name())).append("</a>").append(item.guide().fullyOnline() ? "（全程网办）" : "")
					.append("</li>"));
				html.append("</ul>");
			});
		}
		return html.toString();
	}

	private static String guide(ServiceGuide guide) {
		StringBuilder html = new StringBuilder("<dl>");
		row(html, "事项编码", guide.code());
		row(html, "服务对象", guide.target() == ServiceTarget.PERSON ? "个人" : "法人");
		row(html, "主题分类", guide.theme());
		row(html, "设定依据", guide.basis());
		row(html, "申请条件", guide.conditions());
		row(html, "办理地点", guide.place());
		row(html, "办理机构", guide.agency());
		row(html, "收费标准", guide.fees());
		row(html, "办理时间", guide.hours());
		row(html, "联系电话", guide.phone());
		row(html, "办理流程", guide.process());
		row(html, "办理时限", guide.timeLimit());
		row(html, "全程网办", guide.fullyOnline() ? "是" : "否");
		row(html, "注意事项", guide.notes());
		html.append("</dl><h2>办理材料</h2><table><thead><tr><th>材料名称</th><th>依据</th><th>形式</th><th>份数</th>")
			.append("<th>签字盖章</th><th>下载</th></tr></thead><tbody>");
		for (Material material : guide.materials()) {
			html.append("<tr><td>").append(e(material.name())).append("</td><td>").append(e(material.basis()))
				.append("</td><td>").append(e(material.format())).append("</td><td>").append(material.copies())
				.append("</td><td>").append(e(material.seal())).append("</td><td>");
			link(html, material.blankFormUrl(), "空白表格");
			link(html, material.instructionsUrl(), "填写说明");
			link(html, material.sampleUrl(), "示例样表");
			html.append("</td></tr>");
		}
		html.append("</tbody></table><h2>关联入口</h2><ul>");
		ServiceGuide.Links links = guide.links();
		item(html, links.policy(), "相关政策");
		item(html, links.faq(), "常见问题");
		item(html, links.consultation(), "咨询");
		item(html, links.complaint(), "投诉");
		item(html, links.supervision(), "监督");
		html.append("<li><a href=\"/services/cases\">办件查询</a></li></ul>");
		return html.toString();
	}

	private static void row(StringBuilder html, String label, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			html.append("<dt>").append(label).append("</dt><dd>").append(e(value)).append("</dd>");
		}
	}

	private static void link(StringBuilder html, @Nullable String address, String label) {
		if (address != null && GuideCheck.safeAddress(address)) {
			html.append("<a href=\"").append(e(address)).append("\">").append(label).append("</a> ");
		}
	}

	private static void item(StringBuilder html, @Nullable String address, String label) {
		if (address != null && GuideCheck.safeAddress(address)) {
			html.append("<li><a href=\"").append(e(address)).append("\">").append(label).append("</a></li>");
		}
	}

	private static String e(@Nullable String text) {
		return HtmlUtils.htmlEscape(Objects.requireNonNullElse(text, ""), "UTF-8");
	}
}
