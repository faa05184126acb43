package org.govsite.demo.internal;

import java.time.LocalDate;
import java.util.List;

import org.govsite.channel.ChannelDetails;
import org.govsite.channel.ChannelKind;
import org.govsite.channel.ChannelOutline;
import org.govsite.site.SecurityAssessment;
import org.govsite.site.SiteKind;
import org.govsite.site.SiteProfile;
import org.govsite.site.SiteRegistration;
import org.jspecify.annotations.Nullable;

/**
 * 示例县: a fictional county. Its administrative-division code 990123 belongs to no real place
 * (no province code starts with 99), its domains and filing numbers are made up.
 */
final class DemoCounty {

	static final String DIVISION = "990123";

	static final String DOMAIN = "shili.gov.cn";

	private DemoCounty() {
	}

	/** One demo site: what is registered, who runs it, its channels and whether it goes online. */
	record DemoSite(String prefix, String name, String sponsor, String subdomain, String sequence, String unitShort,
			boolean online, List<ChannelOutline> channels) {

		String siteCode() {
			return DIVISION + sequence;
		}

		String domain() {
			return subdomain + "." + DOMAIN;
		}

		SiteRegistration registration(SiteKind kind, @Nullable Long portalId) {
			String serial = "99" + sequence + "01";
			return new SiteRegistration(kind, portalId, name, siteCode(), domain(), null, "示ICP备2026" + serial + "号",
					"示公网安备 990123020" + sequence + "号", "bs" + siteCode(),
					new SecurityAssessment(kind == SiteKind.PORTAL ? 3 : 2, "99012350" + sequence + "-26001",
							LocalDate.of(2026, 3, 18), true));
		}

		SiteProfile profile(String responsiblePerson, String phone) {
			return new SiteProfile(sponsor, "示例县人民政府办公室", "示例县大数据发展中心", responsiblePerson, responsiblePerson, phone,
					"web@" + domain(), "示例县人民路1号");
		}
	}

	static DemoSite portal() {
		String unit = "县政府办公室";
		return new DemoSite("shili", "示例县人民政府", "示例县人民政府办公室", "www", "0001", unit, true, List.of(
				node("走进示例", "zjsl", ChannelKind.OVERVIEW, unit,
						node("县情概况", "xqgk", ChannelKind.OVERVIEW, unit),
						node("历史沿革", "lsyg", ChannelKind.OVERVIEW, unit),
						node("领导之窗", "ldzc", ChannelKind.OVERVIEW, unit)),
				node("政务动态", "zwdt", ChannelKind.NEWS, "县融媒体中心",
						node("示例要闻", "slyw", ChannelKind.NEWS, "县融媒体中心"),
						node("部门动态", "bmdt", ChannelKind.NEWS, unit),
						node("乡镇动态", "xzdt", ChannelKind.NEWS, unit)),
				node("通知公告", "tzgg", ChannelKind.NOTICE, unit),
				node("政府信息公开", "xxgk", ChannelKind.DISCLOSURE, unit,
						node("政府信息公开指南", "gkzn", ChannelKind.DISCLOSURE, unit),
						node("政府信息公开制度", "gkzd", ChannelKind.DISCLOSURE, unit),
						node("法定主动公开内容", "fdzdgknr", ChannelKind.DISCLOSURE, unit,
								node("机构职能", "jgzn", ChannelKind.OVERVIEW, unit),
								node("政策文件", "zcwj", ChannelKind.POLICY, unit),
								node("规划计划", "ghjh", ChannelKind.PLAN, "县发展和改革局"),
								node("人事信息", "rsxx", ChannelKind.PERSONNEL, "县人力资源和社会保障局"),
								node("财政信息", "czxx", ChannelKind.DISCLOSURE, "县财政局"),
								node("建议提案办理", "jytabl", ChannelKind.PROPOSAL, unit)),
						node("政府信息公开年报", "gknb", ChannelKind.DISCLOSURE, unit),
						node("依申请公开", "ysqgk", ChannelKind.DISCLOSURE, unit)),
				node("政策解读", "zcjd", ChannelKind.INTERPRETATION, unit),
				node("回应关切", "hygq", ChannelKind.RESPONSE, unit),
				node("办事服务", "bsfw", ChannelKind.SERVICE, "县政务服务中心",
						node("办事指南", "bszn", ChannelKind.SERVICE, "县政务服务中心"),
						node("便民服务", "bmfw", ChannelKind.SERVICE, "县政务服务中心")),
				node("互动交流", "hdjl", ChannelKind.INTERACTION, unit,
						node("县长信箱", "xzxx", ChannelKind.INTERACTION, unit),
						node("在线访谈", "zxft", ChannelKind.INTERACTION, unit),
						node("征集调查", "zjdc", ChannelKind.INTERACTION, unit)),
				node("专题专栏", "ztzl", ChannelKind.TOPIC, unit,
						node("优化营商环境", "yhyshj", ChannelKind.TOPIC, "县发展和改革局",
								node("政策措施", "zccs", ChannelKind.TOPIC, "县发展和改革局"),
								node("典型案例", "dxal", ChannelKind.TOPIC, "县发展和改革局")),
						node("乡村振兴", "xczx", ChannelKind.TOPIC, "县农业农村局"))));
	}

	static List<DemoSite> departments() {
		return List.of(
				department("fgj", "示例县发展和改革局", "fgj", "0002", "县发展和改革局", true),
				department("jyj", "示例县教育局", "jyj", "0003", "县教育局", true),
				department("wjj", "示例县卫生健康局", "wjj", "0004", "县卫生健康局", true),
				department("scjgj", "示例县市场监督管理局", "scjgj", "0005", "县市场监督管理局", false));
	}

	private static DemoSite department(String prefix, String name, String subdomain, String sequence, String unit,
			boolean online) {
		return new DemoSite(prefix, name, name, subdomain, sequence, unit, online, List.of(
				node("机构概况", "jggk", ChannelKind.OVERVIEW, unit,
						node("机构职能", "jgzn", ChannelKind.OVERVIEW, unit),
						node("领导信息", "ldxx", ChannelKind.OVERVIEW, unit),
						node("内设机构", "nsjg", ChannelKind.OVERVIEW, unit)),
				node("工作动态", "gzdt", ChannelKind.NEWS, unit),
				node("通知公告", "tzgg", ChannelKind.NOTICE, unit),
				node("政府信息公开", "xxgk", ChannelKind.DISCLOSURE, unit,
						node("政策文件", "zcwj", ChannelKind.POLICY, unit),
						node("规划计划", "ghjh", ChannelKind.PLAN, unit),
						node("人事信息", "rsxx", ChannelKind.PERSONNEL, unit),
						node("政府信息公开年报", "gknb", ChannelKind.DISCLOSURE, unit)),
				node("政策解读", "zcjd", ChannelKind.INTERPRETATION, unit),
				node("办事服务", "bsfw", ChannelKind.SERVICE, unit),
				node("互动交流", "hdjl", ChannelKind.INTERACTION, unit)));
	}

	private static ChannelOutline node(String name, String code, ChannelKind kind, String unit, ChannelOutline... children) {
		return ChannelOutline.of(ChannelDetails.of(name, code, kind, unit, "王晓明"), children);
	}
}
