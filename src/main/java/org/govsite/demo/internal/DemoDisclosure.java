package org.govsite.demo.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

import org.govsite.disclosure.Applicant;
import org.govsite.disclosure.ApplicantType;
import org.govsite.disclosure.Delivery;
import org.govsite.disclosure.DisclosureReports;
import org.govsite.disclosure.DisclosureRequests;
import org.govsite.disclosure.LegalPersonKind;
import org.govsite.disclosure.NewApplication;
import org.govsite.disclosure.Outcome;
import org.govsite.disclosure.ReceiptChannel;
import org.govsite.disclosure.ReplyType;
import org.govsite.disclosure.ReportInput;
import org.govsite.disclosure.ReviewFigures;
import org.govsite.disclosure.StaffEntry;
import org.govsite.identity.StaffRole;
import org.govsite.platform.BackOffice;
import org.govsite.platform.RunAs;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 依申请公开 in the demo: the portal's body has applications in each state (just received online,
 * waiting for a correction, with a third party, overdue, answered in part), last year's answered
 * ones brought in from its ledger, and last year's annual disclosure report published. Runs after
 * the demo group is built, once: while the portal has no application.
 */
@Component
@BackOffice
@Order(20)
@ConditionalOnBooleanProperty(name = "govsite.demo.enabled", matchIfMissing = true)
class DemoDisclosure implements ApplicationRunner {

	/** Valid check characters, invented people and organisations. */
	private static final String PERSON_ID = "11010519491231002X";

	private static final String COMPANY_CODE = "91350100M000100Y43";

	private final DisclosureRequests requests;

	private final DisclosureReports reports;

	private final SiteDirectory sites;

	private final Clock clock;

	DemoDisclosure(DisclosureRequests requests, DisclosureReports reports, SiteDirectory sites, Clock clock) {
		this.requests = requests;
		this.reports = reports;
		this.sites = sites;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		String code = DemoCounty.portal().siteCode();
		sites.all().stream().filter(site -> code.equals(site.siteCode())).findFirst().ifPresent(portal -> {
			if (asHandler(portal, () -> requests.list(null, 0, 1).isEmpty())) {
				fill(portal);
			}
		});
	}

	/** Writes the portal's applications and last year's report, as its letter handler. */
	void fill(SiteSummary portal) {
		asHandler(portal, () -> {
			write(portal);
			return null;
		});
	}

	private void write(SiteSummary portal) {
		String code = java.util.Objects.requireNonNull(portal.siteCode());
		LocalDate today = LocalDate.now(clock);
		int lastYear = today.getYear() - 1;
		// last year, from the ledger: answered then, counted in last year's report
		requests.importAnswered(person(code, "本县" + (lastYear - 1) + "年度城乡居民基本医疗保险财政补助资金分配情况"),
				entry(ReceiptChannel.IN_PERSON, LocalDate.of(lastYear, 3, 10)), ReplyType.DISCLOSED, Outcome.DISCLOSED, null,
				"现将资金分配表提供给您（见附件）。", LocalDate.of(lastYear, 3, 24));
		requests.importAnswered(company(code, LegalPersonKind.COMMERCIAL, "示例县工业园区道路工程招标文件及中标结果"),
				entry(ReceiptChannel.POST, LocalDate.of(lastYear, 6, 9)), ReplyType.ALREADY_PUBLIC, Outcome.DISCLOSED, null,
				"该信息已在本县政府网站“招标投标”栏目公开。", LocalDate.of(lastYear, 6, 20));
		requests.importAnswered(person(code, "某村土地征收补偿安置方案及被征收户名单"),
				entry(ReceiptChannel.IN_PERSON, LocalDate.of(lastYear, 9, 8)), ReplyType.DISCLOSED, Outcome.PARTLY_DISCLOSED,
				Outcome.THIRD_PARTY_RIGHTS, "补偿安置方案予以公开；被征收户名单涉及个人隐私，不予公开。", LocalDate.of(lastYear, 9, 26));
		requests.importAnswered(company(code, LegalPersonKind.LEGAL_SERVICE, "某企业环境行政处罚案卷"),
				entry(ReceiptChannel.POST, LocalDate.of(lastYear, 11, 3)), ReplyType.NOT_HELD_HERE, Outcome.NOT_HELD, null,
				"该信息由市生态环境局负责公开，请向其申请。", LocalDate.of(lastYear, 11, 12));
		reports.save(portal.id(), lastYear, new ReportInput(
				"本机关认真贯彻《中华人民共和国政府信息公开条例》，依申请公开答复均在法定期限内作出。",
				"部分申请人对申请内容描述不够明确，补正较多；下一步将完善申请指引。", "无。", 126, 48, 3,
				new BigDecimal("12.5"), ReviewFigures.none()));
		reports.publish(portal.id(), lastYear);

		// this year, in each state
		requests.enter(person(code, "县城老旧小区改造项目的实施方案"), entry(ReceiptChannel.IN_PERSON, today.minusDays(45)));
		long consulting = requests.enter(company(code, LegalPersonKind.RESEARCH, "县域内重点排污单位的自行监测数据"),
				entry(ReceiptChannel.POST, today.minusDays(20))).id();
		requests.consultThirdParty(consulting, "示例县化工有限公司");
		long correcting = requests.enter(person(code, "我家所在片区的规划"), entry(ReceiptChannel.IN_PERSON, today.minusDays(1))).id();
		requests.requestCorrection(correcting, "请写明片区所在的街道、村（社区）名称，以及需要的规划名称或年份。", DisclosureRequests.CORRECTION_WORKING_DAYS);
		long answered = requests.enter(person(code, lastYear + "年县级预算执行情况审计报告"), entry(ReceiptChannel.IN_PERSON, today.minusDays(14)))
			.id();
		requests.reply(answered, ReplyType.DISCLOSED, Outcome.PARTLY_DISCLOSED, Outcome.PROCESS_INFORMATION,
				"审计报告正文予以公开；审计工作底稿属于过程性信息，不予公开。");
		requests.apply(person(code, "县教育局" + today.getYear() + "年义务教育阶段招生划片方案"));
	}

	private static StaffEntry entry(ReceiptChannel channel, LocalDate arrivedOn) {
		return new StaffEntry(channel, arrivedOn, channel == ReceiptChannel.POST, null);
	}

	private static NewApplication person(String code, String description) {
		return new NewApplication(code, new Applicant(ApplicantType.NATURAL_PERSON, "陈示例", PERSON_ID, null, null, "13800000000",
				null, "示例县城关镇人民路 1 号"), description, null, Delivery.POST);
	}

	private static NewApplication company(String code, LegalPersonKind kind, String description) {
		return new NewApplication(code, new Applicant(ApplicantType.LEGAL_PERSON, "示例咨询有限公司", COMPANY_CODE, kind, "刘示例",
				"0999-1234567", "contact@example.cn", null), description, null, Delivery.EMAIL);
	}

	private static <T> T asHandler(SiteSummary portal, Supplier<T> work) {
		return RunAs.actor(DemoSiteGroup.ACTOR, work, StaffRole.LETTER_HANDLER.forSite(portal.id()), StaffRole.STAFF_AUTHORITY);
	}
}
