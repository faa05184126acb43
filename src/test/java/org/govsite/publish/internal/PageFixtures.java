package org.govsite.publish.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.govsite.channel.ChannelKind;
import org.govsite.channel.ChannelNode;
import org.govsite.channel.ChannelView;
import org.govsite.content.AttachmentRef;
import org.govsite.content.ChannelEntry;
import org.govsite.content.DisclosureMetadata;
import org.govsite.content.DisclosureMode;
import org.govsite.content.DocumentType;
import org.govsite.content.PublishedDocument;
import org.govsite.content.PublishedDocument.RelatedDocument;
import org.govsite.content.Validity;
import org.govsite.site.NoticeKind;
import org.govsite.site.NoticeView;
import org.govsite.site.SiteKind;
import org.govsite.site.SitePageFacts;
import org.govsite.site.SiteState;
import org.govsite.test.TestClock;

/**
 * A small site built from plain records, as the catalog and the directories would give it: a
 * portal with 政务公开 (政策文件, 政策解读 below it), 新闻动态 and 互动交流.
 */
final class PageFixtures {

	static final Instant NOW = LocalDateTime.of(2026, 3, 2, 10, 0).atZone(TestClock.CHINA).toInstant();

	static final ChannelView NEWS = channel(11, null, "新闻动态", "xwdt", "xwdt", 1, 1, ChannelKind.NEWS);

	static final ChannelView OPEN = channel(12, null, "政务公开", "zwgk", "zwgk", 1, 2, ChannelKind.DISCLOSURE);

	static final ChannelView POLICY = channel(13, 12L, "政策文件", "zcwj", "zwgk/zcwj", 2, 1, ChannelKind.POLICY);

	static final ChannelView INTERPRETATION = channel(14, 12L, "政策解读", "zcjd", "zwgk/zcjd", 2, 2,
			ChannelKind.INTERPRETATION);

	static final ChannelView INTERACTION = channel(15, null, "互动交流", "hdjl", "hdjl", 1, 3, ChannelKind.INTERACTION);

	private PageFixtures() {
	}

	static SitePageFacts portal() {
		return new SitePageFacts(1, "示例县人民政府", SiteKind.PORTAL, "4416020005", null, SiteState.ONLINE,
				"www.example.gov.cn", "示例县.政务", "示例县人民政府办公室", "示例县政务服务数据管理局", "示例县人民路1号",
				"0752-1234567", "web@example.gov.cn", "粤ICP备12345678号", "粤公网安备44160202000001号", "bm-0001", true);
	}

	static SitePageFacts department() {
		return new SitePageFacts(2, "示例县教育局", SiteKind.DEPARTMENT, "4416020006", 1L, SiteState.ONLINE,
				"jyj.example.gov.cn", null, "示例县教育局", null, null, null, null, "粤ICP备12345678号-2", null, null, true);
	}

	static List<ChannelNode> tree() {
		return List.of(new ChannelNode(NEWS, List.of()),
				new ChannelNode(OPEN, List.of(new ChannelNode(POLICY, List.of()), new ChannelNode(INTERPRETATION, List.of()))),
				new ChannelNode(INTERACTION, List.of()));
	}

	static SiteContext site() {
		return new SiteContext(portal(), null, "https://www.example.gov.cn/", null, tree(), NOW.minusSeconds(3600),
				List.of(new NoticeView(1, 1, 2, null, NoticeKind.OPENING, "示例县教育局网站已开通。", LocalDate.of(2026, 3, 1),
						LocalDate.of(2026, 3, 31))),
				NOW, TestClock.CHINA, new ThemeAssets().names());
	}

	static SiteContext departmentSite() {
		return new SiteContext(department(), portal(), "https://jyj.example.gov.cn/", "https://www.example.gov.cn/",
				List.of(new ChannelNode(channel(21, null, "工作动态", "gzdt", "gzdt", 1, 1, ChannelKind.NEWS), List.of())),
				null, List.of(), NOW, TestClock.CHINA, new ThemeAssets().names());
	}

	static ChannelView channel(long id, Long parentId, String name, String code, String path, int level, int position,
			ChannelKind kind) {
		return new ChannelView(id, 1, parentId, name, code, path, level, position, kind, kind.builtInRule(), false,
				"示例县人民政府办公室", "王五", null, name + "栏目", null, true, true, null, true, NOW.minusSeconds(86_400 * 400L));
	}

	static ChannelEntry entry(long documentId, long channelId, String title, int daysAgo) {
		return new ChannelEntry(documentId, channelId, DocumentType.ARTICLE, title, NOW.minusSeconds(86_400L * daysAgo),
				false, null, null, null, null);
	}

	static List<ChannelEntry> entries(long channelId, int count) {
		List<ChannelEntry> entries = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			entries.add(entry(1000 + i, channelId, "示例县召开第" + (i + 1) + "次全县政务公开工作推进会", i));
		}
		return entries;
	}

	static AttachmentRef pdf() {
		return new AttachmentRef(501, "实施细则.pdf", "application/pdf", 48_213,
				"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
	}

	static AttachmentRef picture() {
		return new AttachmentRef(502, "现场.jpg", "image/jpeg", 120_000,
				"60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752");
	}

	static AttachmentRef videoFile() {
		return new AttachmentRef(503, "宣传片.mp4", "video/mp4", 8_400_000,
				"2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae");
	}

	static PublishedDocument video() {
		return new PublishedDocument(2004, 1, DocumentType.VIDEO, "示例县文化旅游宣传片", null, "<p>一起走进示例县的山水人文。</p>", null,
				"示例县文化广电旅游体育局", null, "赵六", null, List.of(videoFile(), pdf()), List.of("文旅"), NOW.minusSeconds(86_400),
				NOW.minusSeconds(3_600), null, List.of(), null, null, NOW.minusSeconds(86_400));
	}

	static PublishedDocument article() {
		return new PublishedDocument(2001, 1, DocumentType.ARTICLE, "示例县召开2026年政务公开工作会议", "全面推进基层政务公开标准化规范化",
				"<p>3月1日，示例县召开2026年政务公开工作会议。</p><p><img src=\"attachment:502\" alt=\"会议现场\"></p>"
						+ "<table><tbody><tr><th>项目</th><th>完成</th></tr><tr><td>主动公开</td><td>1200条</td></tr></tbody></table>",
				"会议部署了今年的重点工作。", "示例县人民政府办公室", "李四", "赵六", null, List.of(pdf()), List.of("政务公开", "会议"),
				NOW.minusSeconds(86_400), NOW.minusSeconds(3_600), null, List.of(), null, null, NOW.minusSeconds(86_400));
	}

	/** An article whose display date was set a month before it first went live (倒签). */
	static PublishedDocument backdated() {
		return new PublishedDocument(2005, 1, DocumentType.ARTICLE, "示例县关于做好春耕备耕工作的通知", null, "<p>各乡镇：</p>", null,
				"示例县农业农村局", null, "赵六", null, List.of(), List.of("春耕"), NOW.minusSeconds(86_400 * 30L),
				NOW.minusSeconds(3_600), null, List.of(), null, null, NOW.minusSeconds(3_600));
	}

	static PublishedDocument policy() {
		DisclosureMetadata disclosure = new DisclosureMetadata("00001434911610429016021738F/2026-00012", "综合政务/政务公开",
				"示政办发〔2026〕3号", "示例县人民政府办公室", LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 25),
				LocalDate.of(2026, 4, 1), "行政规范性文件", Validity.VALID, DisclosureMode.PROACTIVE, List.of("政务公开", "规范"),
				"规定了政务公开的范围、程序和监督。");
		return new PublishedDocument(2002, 1, DocumentType.POLICY, "示例县人民政府办公室关于印发《示例县政务公开工作规范》的通知", null,
				"<p>各乡镇人民政府，县政府各部门：</p><p>现将《示例县政务公开工作规范》印发给你们，请认真贯彻执行。</p>", null,
				"示例县人民政府办公室", null, "赵六", null, List.of(), List.of("政务公开"), NOW.minusSeconds(86_400 * 5L),
				NOW.minusSeconds(86_400 * 5L), disclosure,
				List.of(new RelatedDocument(2003, DocumentType.INTERPRETATION, "《示例县政务公开工作规范》政策解读")), null, null,
				NOW.minusSeconds(86_400 * 5L));
	}

	static Map<ChannelView, List<ChannelEntry>> homeBlocks() {
		return Map.of(NEWS, entries(NEWS.id(), 7));
	}
}
