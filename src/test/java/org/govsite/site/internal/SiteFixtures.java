package org.govsite.site.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.govsite.site.SecurityAssessment;
import org.govsite.site.SiteKind;
import org.govsite.site.SiteProfile;
import org.govsite.site.SiteRegistration;
import org.govsite.site.StepInput;
import org.govsite.test.TestClock;

/** Sites in every state, for the unit tests of the lifecycle. */
final class SiteFixtures {

	static final SiteSettings SETTINGS = SiteSettings.defaults();

	static final String ADMIN = "admin";

	static final String MANAGER = "manager";

	/** A second system administrator: requests are approved by someone other than who asked. */
	static final String SECOND_ADMIN = "admin2";

	private SiteFixtures() {
	}

	/** An act on the given local date-time in China, e.g. {@code 2026-03-02T09:00}. */
	static Act act(String by, String localDateTime) {
		return new Act(by, LocalDateTime.parse(localDateTime).atZone(TestClock.CHINA).toInstant(), TestClock.CHINA);
	}

	static Act on(String localDate) {
		return act(ADMIN, localDate + "T10:00");
	}

	/** The second administrator approving, later on the given day. */
	static Act approval(String localDate) {
		return act(SECOND_ADMIN, localDate + "T11:00");
	}

	/** A department site under portal 1, with everything the go-live gate asks. */
	static SiteRegistration department() {
		SiteRegistration portal = complete();
		return new SiteRegistration(SiteKind.DEPARTMENT, 1L, "示例县教育局", "4416020006", "jyj.example.gov.cn", null,
				portal.icpNumber(), portal.publicSecurityNumber(), "4416020006-1", portal.security());
	}

	/** A department site online since 2026-01-08: one that may be closed. */
	static Site onlineDepartment() {
		Site site = applied(department());
		site.approve(SETTINGS.approvalLevels(), 0, null, act(MANAGER, "2026-01-06T09:00"));
		site.approve(SETTINGS.approvalLevels(), 1, null, act(SECOND_ADMIN, "2026-01-07T09:00"));
		site.goOnline(on("2026-01-08"));
		return site;
	}

	static SiteRegistration complete() {
		return new SiteRegistration(SiteKind.PORTAL, null, "示例县人民政府", "4416020005", "www.example.gov.cn", "示例.政务",
				"粤ICP备12345678号", "粤公网安备44160202000001号", "4416020005-1",
				new SecurityAssessment(3, "44160213001-00001", LocalDate.of(2025, 12, 1), true));
	}

	static SiteRegistration bare() {
		return new SiteRegistration(SiteKind.PORTAL, null, "示例县人民政府", null, null, null, null, null, null, null);
	}

	static SiteProfile profile() {
		return new SiteProfile("示例县人民政府办公室", "示例县人民政府", "示例县政务服务数据管理局", "张三", "李四", "0752-1234567",
				"web@example.gov.cn", "示例县人民路 1 号");
	}

	static Site applied(SiteRegistration registration) {
		return Site.apply(registration, profile(), act(ADMIN, "2026-01-05T09:00"));
	}

	static Site approved() {
		Site site = applied(complete());
		site.approve(SETTINGS.approvalLevels(), 0, null, act(MANAGER, "2026-01-06T09:00"));
		site.approve(SETTINGS.approvalLevels(), 1, null, act(SECOND_ADMIN, "2026-01-07T09:00"));
		return site;
	}

	/** Online since 2026-01-08. */
	static Site online() {
		Site site = approved();
		site.goOnline(on("2026-01-08"));
		return site;
	}

	static Site inState(org.govsite.site.SiteState state) {
		return switch (state) {
			case APPLIED -> applied(complete());
			case APPROVED -> approved();
			case ONLINE -> online();
			case TEMPORARILY_OFFLINE -> {
				Site site = online();
				site.requestOffline(SETTINGS, "系统升级", 10, on("2026-03-02"));
				site.approveRequest(null, null, approval("2026-03-03"));
				yield site;
			}
			case EMERGENCY_SHUTDOWN -> {
				Site site = online();
				site.shutDown("机房断电", on("2026-03-02"));
				yield site;
			}
			case CLOSING -> {
				Site site = onlineDepartment();
				site.requestClosing(target(), "集约化整合", on("2026-03-02"));
				site.approveRequest("同意迁移", target(), approval("2026-03-02"));
				yield site;
			}
			case CLOSED -> {
				Site site = inState(org.govsite.site.SiteState.CLOSING);
				site.completeClosing(SETTINGS, on("2026-04-01"));
				yield site;
			}
			case LEFT_SUPERVISION -> {
				Site site = online();
				site.requestLeaveSupervision("示编〔2026〕1号", "关于撤销示例局的通知", "机构撤并", on("2026-03-02"));
				site.approveRequest(null, null, approval("2026-03-03"));
				yield site;
			}
		};
	}

	static MigrationTarget target() {
		return new MigrationTarget(99, "示例市人民政府", org.govsite.site.SiteState.ONLINE);
	}

	static StepInput none() {
		return StepInput.none();
	}
}
