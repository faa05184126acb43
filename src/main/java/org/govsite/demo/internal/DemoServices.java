package org.govsite.demo.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.govsite.identity.StaffRole;
import org.govsite.platform.BackOffice;
import org.govsite.platform.RunAs;
import org.govsite.report.AnnualReports;
import org.govsite.report.VisitDay;
import org.govsite.report.VisitImport;
import org.govsite.servicecatalog.Material;
import org.govsite.servicecatalog.ServiceCatalog;
import org.govsite.servicecatalog.ServiceGuide;
import org.govsite.servicecatalog.ServiceTarget;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 办事服务 and 统计报表 in the demo: the portal's and the education bureau's service items with
 * complete guides, a year of visit statistics for each online site of the group, and the portal's annual website
 * report of last year, filled in and published. Runs after the demo group is built, once: while the
 * portal has no service item.
 */
@Component
@BackOffice
@Order(30)
@ConditionalOnBooleanProperty(name = "govsite.demo.enabled", matchIfMissing = true)
class DemoServices implements ApplicationRunner {

	private final ServiceCatalog catalog;

	private final VisitImport visits;

	private final AnnualReports reports;

	private final SiteDirectory sites;

	private final Clock clock;

	DemoServices(ServiceCatalog catalog, VisitImport visits, AnnualReports reports, SiteDirectory sites, Clock clock) {
		this.catalog = catalog;
		this.visits = visits;
		this.reports = reports;
		this.sites = sites;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<SiteSummary> portal = site(DemoCounty.portal().siteCode());
		if (portal.isEmpty() || !asManager(portal.get(), () -> catalog.items(portal.get().id()).isEmpty())) {
			return;
		}
		fill(portal.get());
	}

	void fill(SiteSummary portal) {
		String phone = "0999-1234567";
		List<ServiceGuide> portalItems = List.of(
				guide("11469900MB0001001", "出生登记", "户籍办理", ServiceTarget.PERSON, true, "《中华人民共和国户口登记条例》第七条",
						"婴儿出生后一个月以内，由户主、亲属、抚养人或者邻居向婴儿常住地户口登记机关申报出生登记。", "县公安局户政大队",
						"出生医学证明", phone),
				guide("11469900MB0001002", "生育登记", "生育收养", ServiceTarget.PERSON, true, "《海南省人口与计划生育条例》",
						"夫妻双方或一方为本县户籍，生育第一、二、三个子女的。", "县卫生健康局", "结婚证", phone),
				guide("11469900MB0001003", "城乡居民基本养老保险参保登记", "社会保障", ServiceTarget.PERSON, true,
						"《国务院关于建立统一的城乡居民基本养老保险制度的意见》", "年满16周岁（不含在校学生），非国家机关和事业单位工作人员及不属于职工基本养老保险制度覆盖范围的城乡居民。",
						"县人力资源和社会保障局", "居民身份证", phone),
				guide("11469900MB0001004", "结婚登记", "婚姻登记", ServiceTarget.PERSON, false, "《中华人民共和国民法典》第一千零四十九条",
						"男女双方完全自愿，达到法定婚龄，双方均无配偶。", "县民政局婚姻登记处", "户口簿", phone),
				guide("11469900MB0002001", "企业设立登记", "设立变更", ServiceTarget.LEGAL_PERSON, true,
						"《中华人民共和国市场主体登记管理条例》", "申请人具有相应的民事行为能力，名称、住所、经营范围等符合法律法规规定。", "县市场监督管理局",
						"公司登记（备案）申请书", phone),
				guide("11469900MB0002002", "食品经营许可", "准营准办", ServiceTarget.LEGAL_PERSON, true, "《中华人民共和国食品安全法》第三十五条",
						"具有与经营的食品品种、数量相适应的经营场所和设施设备。", "县市场监督管理局", "食品经营许可申请书", phone),
				guide("11469900MB0002003", "建设工程施工许可", "工程建设", ServiceTarget.LEGAL_PERSON, false,
						"《中华人民共和国建筑法》第七条", "已办理用地批准手续，已取得建设工程规划许可证，施工场地已基本具备施工条件。", "县住房和城乡建设局",
						"建筑工程施工许可申请表", phone));
		asEditor(portal, () -> portalItems.forEach(guide -> catalog.create(portal.id(), withForms(portal, guide))));
		// only the education bureau under this portal: another group's (the demo's, beside a test's portal) has its own
		site(DemoCounty.departments().get(0).siteCode()).filter(education -> Long.valueOf(portal.id()).equals(education.parentId()))
			.ifPresent(education -> asEditor(education, () -> {
			catalog.create(education.id(), withForms(education, guide("11469900MB0003001", "义务教育阶段学生转学", "教育科研",
					ServiceTarget.PERSON, true, "《义务教育法》", "因户籍迁移、监护人工作调动等原因需要转学的义务教育阶段学生。", "县教育局", "转学申请表",
					phone)));
			catalog.create(education.id(), withForms(education, guide("11469900MB0003002", "民办学校设立审批", "准营准办",
					ServiceTarget.LEGAL_PERSON, false, "《中华人民共和国民办教育促进法》", "举办者具有法人资格或完全民事行为能力，有符合规定的办学场所和资金。",
					"县教育局", "设立申请书", phone)));
		}));

		LocalDate today = LocalDate.now(clock);
		for (SiteSummary site : sites.all()) {
			boolean inGroup = site.id() == portal.id() || Long.valueOf(portal.id()).equals(site.parentId());
			if (inGroup && site.state().isServing()) {
				visits.add(year(site, today, site.id() == portal.id() ? 3000 : 400));
			}
		}

		int lastYear = today.getYear() - 1;
		asManager(portal, () -> {
			Map<String, String> entered = new LinkedHashMap<>();
			entered.put("interpretation.media", "6");
			entered.put("services.registeredUsers", "12850");
			entered.put("solicitations.rounds", "4");
			entered.put("solicitations.opinions", "236");
			entered.put("solicitations.results", "4");
			entered.put("interviews.rounds", "3");
			entered.put("interviews.questions", "58");
			entered.put("interviews.answers", "58");
			entered.put("letters.assistant", "否");
			entered.put("security.checks", "12");
			entered.put("security.problems", "5");
			entered.put("security.fixed", "5");
			entered.put("security.monitoring", "是");
			entered.put("security.drills", "是");
			entered.put("security.responsible", "是");
			entered.put("newMedia.accounts", "示例县发布（微信公众号）：发布 1,246 篇，关注 38,500 人");
			entered.put("innovation.multilingual", "否");
			entered.put("innovation.personalised", "否");
			entered.put("sign.head", "王晓明");
			entered.put("sign.reviewer", "李华");
			entered.put("sign.filler", "张敏");
			entered.put("sign.phone", phone);
			entered.put("sign.date", lastYear + 1 + "-01-15");
			reports.save(portal.id(), lastYear, entered);
			reports.publish(portal.id(), lastYear);
			return null;
		});
	}

	/** A year of days up to yesterday: more on working days, a little noise, the same each run. */
	private static List<VisitDay> year(SiteSummary site, LocalDate today, int base) {
		Random random = new Random(site.id());
		List<VisitDay> days = new ArrayList<>();
		for (LocalDate day = today.minusDays(365); day.isBefore(today); day = day.plusDays(1)) {
			boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
			long views = Math.round(base * (weekend ? 0.45 : 1.0) * (0.8 + 0.4 * random.nextDouble()));
			long visitors = Math.round(views * (0.3 + 0.1 * random.nextDouble()));
			Map<String, Long> pages = new LinkedHashMap<>();
			pages.put("/index.html", Math.round(views * 0.4));
			pages.put("/xwdt/index.html", Math.round(views * 0.15));
			pages.put("/zwgk/index.html", Math.round(views * 0.1));
			pages.put("/bsfw/index.html", Math.round(views * 0.08));
			Map<String, Long> referrers = Map.of("www.baidu.com", Math.round(views * 0.2), "www.gov.cn", Math.round(views * 0.03));
			days.add(new VisitDay(site.id(), day, views, visitors, pages, referrers));
		}
		return days;
	}

	private static ServiceGuide guide(String code, String name, String theme, ServiceTarget target, boolean online,
			String basis, String conditions, String agency, String material, String phone) {
		return new ServiceGuide(code, name, theme, target, online, basis, conditions, "示例县政务服务中心一楼综合窗口", agency,
				"不收费", "工作日 上午 9:00—12:00，下午 14:30—17:30（法定节假日除外）", phone,
				"1. 申请人提交材料；2. 窗口受理；3. 审核；4. 办结并送达。", "5 个工作日", "材料须真实有效；委托办理的，须提交授权委托书及受托人身份证件。",
				List.of(new Material(material, basis, "原件", 1, "申请人签字", null, null, null),
						new Material("申请人居民身份证", "《中华人民共和国居民身份证法》", "原件及复印件", 1, "复印件签字", null, null, null)),
				ServiceGuide.Links.none());
	}

	/**
	 * The guide with its first material's blank form, instructions and sample uploaded to the site, and
	 * its links to pages that are there: the portal's policy documents (through site search) and its mailbox.
	 */
	private ServiceGuide withForms(SiteSummary site, ServiceGuide guide) {
		Material first = guide.materials().get(0);
		Material withFiles = new Material(first.name(), first.basis(), first.format(), first.copies(), first.seal(),
				catalog.upload(site.id(), first.name() + "（空白表格）.docx", DemoForms.blank(first.name())),
				catalog.upload(site.id(), first.name() + "（填写说明）.docx", DemoForms.instructions(first.name(), guide.name())),
				catalog.upload(site.id(), first.name() + "（示例）.docx", DemoForms.sample(first.name())));
		List<Material> materials = new ArrayList<>(guide.materials());
		materials.set(0, withFiles);
		String portal = sites.find(site.parentId() == null ? site.id() : site.parentId()).map(SiteSummary::siteCode)
			.orElse(site.siteCode());
		ServiceGuide.Links links = new ServiceGuide.Links("/search?site=" + portal + "&type=POLICY", null, "/letters?site=" + portal,
				"/letters?site=" + portal, "https://www.12345.gov.cn/");
		return new ServiceGuide(guide.code(), guide.name(), guide.theme(), guide.target(), guide.fullyOnline(), guide.basis(),
				guide.conditions(), guide.place(), guide.agency(), guide.fees(), guide.hours(), guide.phone(), guide.process(),
				guide.timeLimit(), guide.notes(), materials, links);
	}

	private Optional<SiteSummary> site(String code) {
		return sites.all().stream().filter(site -> code.equals(site.siteCode())).findFirst();
	}

	private static <T> T asManager(SiteSummary site, java.util.function.Supplier<T> work) {
		return RunAs.actor("demo-services", work, StaffRole.SITE_MANAGER.forSite(site.id()), StaffRole.STAFF_AUTHORITY);
	}

	private static void asEditor(SiteSummary site, Runnable work) {
		RunAs.actor("demo-services", work, StaffRole.EDITOR.forSite(site.id()), StaffRole.STAFF_AUTHORITY);
	}
}
