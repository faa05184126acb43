package org.govsite.site.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govsite.site.web.SiteTestData.admin;
import static org.govsite.site.web.SiteTestData.editor;
import static org.govsite.site.web.SiteTestData.manager;
import static org.govsite.site.web.SiteTestData.secondAdmin;
import static org.govsite.site.web.SiteTestData.siteCode;
import static org.govsite.site.web.SiteTestData.siteJson;
import static org.govsite.site.web.SiteTestData.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDateTime;
import java.util.List;

import org.govsite.site.SiteStructureChanges;
import org.govsite.test.IntegrationTest;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

@IntegrationTest
class SiteIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@Autowired
	SiteStructureChanges structureChanges;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.govsite.site.SiteDirectory directory;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	// --- console -------------------------------------------------------------------------------

	@Test
	void aSiteIsCreatedThroughTheConsoleFormAfterItsErrorIsShownBesideTheField() throws Exception {
		String name = unique("示例县测试门户");
		String sponsor = unique("示例县测试办公室");
		mvc.perform(post("/admin/sites").with(admin()).with(csrf())
				.param("registration.kind", "PORTAL")
				.param("registration.name", name)
				.param("registration.siteCode", "441602000")
				.param("profile.sponsor", sponsor)
				.param("profile.responsiblePerson", "张三"))
			.andExpect(status().isOk())
			.andExpect(view().name("site/new"))
			.andExpect(model().attributeHasFieldErrorCode("form", "registration.siteCode", "site.siteCode.invalid"))
			.andExpect(content().string(containsString("网站标识码应为 10 位")))
			.andExpect(content().string(containsString("value=\"" + name + "\"")))
			.andExpect(content().string(containsString("value=\"" + sponsor + "\"")));

		String code = siteCode();
		MvcResult created = mvc.perform(post("/admin/sites").with(admin()).with(csrf())
				.param("registration.kind", "PORTAL")
				.param("registration.name", name)
				.param("registration.siteCode", code)
				.param("profile.sponsor", sponsor)
				.param("profile.responsiblePerson", "张三"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/admin/sites/*"))
			.andReturn();

		mvc.perform(get(created.getResponse().getRedirectedUrl()).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString(code)))
			.andExpect(content().string(containsString("已申请")))
			.andExpect(content().string(containsString("党政机关网站标识")));
		mvc.perform(get("/admin/sites").with(editor(1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)));
	}

	@Test
	void aRequiredFieldLeftEmptyIsNamedInChinese() throws Exception {
		mvc.perform(post("/admin/sites").with(admin()).with(csrf())
				.param("registration.kind", "PORTAL")
				.param("registration.name", "")
				.param("profile.sponsor", unique("单位"))
				.param("profile.responsiblePerson", "张三"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "registration.name"))
			.andExpect(content().string(containsString("必填")));
	}

	@Test
	void anEditorCannotCreateASite() throws Exception {
		mvc.perform(get("/admin/sites/new").with(editor(1))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/sites").with(editor(1)).with(csrf())
				.param("registration.kind", "PORTAL")
				.param("registration.name", unique("站"))
				.param("profile.sponsor", unique("单位"))
				.param("profile.responsiblePerson", "张三"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/sites").with(editor(1)).contentType(MediaType.APPLICATION_JSON)
				.content(siteJson(unique("站"), false)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void theManagerOfAnotherSiteCannotEditItsProfileButItsOwnManagerCan() throws Exception {
		long site = createSite(false);
		long other = createSite(false);
		mvc.perform(get("/admin/sites/" + site + "/profile").with(manager(other))).andExpect(status().isForbidden());
		mvc.perform(profile(site).with(manager(other))).andExpect(status().isForbidden());

		mvc.perform(profile(site).with(manager(site)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/sites/" + site));
		mvc.perform(get("/api/v1/sites/" + site + "/change-records").with(admin()))
			.andExpect(jsonPath("$[*].subject", org.hamcrest.Matchers.containsInAnyOrder("SPONSOR",
					"RESPONSIBLE_PERSON", "CONTACTS")));
	}

	// --- API and lifecycle ---------------------------------------------------------------------

	@Test
	void aSiteGoesThroughItsLifecycleOverTheApi() throws Exception {
		clock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
		long site = createSite(false);

		// levels in order: the system administrator cannot approve before the sponsor's head
		step(site, "approve", "{}", admin()).andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("site.approval.outOfOrder"))
			.andExpect(jsonPath("$.detail", containsString("主办单位负责人审核")));
		step(site, "approve", "{}", manager(site)).andExpect(status().isOk())
			.andExpect(jsonPath("$.lifecycle.state").value("APPLIED"))
			.andExpect(jsonPath("$.lifecycle.nextApprovalLevel").value("主管单位审批"));
		step(site, "approve", "{}", manager(site)).andExpect(status().isForbidden());
		// the applicant never approves their own application, though they hold the level's role
		step(site, "approve", "{}", admin()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("site.approval.selfApproval"))
			.andExpect(jsonPath("$.detail", containsString("申请人不能审批自己的申请")));
		step(site, "approve", "{}", secondAdmin()).andExpect(status().isOk())
			.andExpect(jsonPath("$.lifecycle.state").value("APPROVED"))
			.andExpect(jsonPath("$.lifecycle.applicant").value("admin"));

		// the go-live gate names what is missing
		step(site, "go-online", "", admin()).andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("site.goLive.refused"))
			.andExpect(jsonPath("$.missing.length()").value(6))
			.andExpect(jsonPath("$.missing", hasItem("SECURITY_ASSESSMENT")))
			.andExpect(jsonPath("$.detail", containsString("网站标识码")))
			.andExpect(jsonPath("$.detail", containsString("公安机关备案号")));

		mvc.perform(put("/api/v1/sites/" + site).with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content(siteJson(unique("示例县门户"), true)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lifecycle.missingForGoLive.length()").value(0));
		step(site, "go-online", "", admin()).andExpect(status().isOk())
			.andExpect(jsonPath("$.lifecycle.state").value("ONLINE"))
			.andExpect(jsonPath("$.lifecycle.firstOnlineOn").value("2026-03-02"));

		mvc.perform(get("/api/v1/sites/" + site + "/notices").with(admin()))
			.andExpect(jsonPath("$[0].kind").value("OPENING"))
			.andExpect(jsonPath("$[0].shownUntil").value("2026-04-01"));
		mvc.perform(get("/api/v1/sites/" + site + "/reporting-tasks").with(admin()))
			.andExpect(jsonPath("$[0].summary", containsString("全国政府网站信息报送系统")));

		// temporary offline: request, approval, back online; a second one this year is refused
		step(site, "request-offline", "{\"reason\": \"栏目改版\", \"plannedDays\": 31}", admin())
			.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("site.offline.days"));
		step(site, "request-offline", "{\"reason\": \"栏目改版\", \"plannedDays\": 10}", admin())
			.andExpect(status().isOk());
		step(site, "approve-request", "{\"reason\": \"同意\"}", admin()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("site.request.selfApproval"));
		step(site, "approve-request", "{\"reason\": \"同意，下线期间挂公告\"}", secondAdmin()).andExpect(status().isOk())
			.andExpect(jsonPath("$.lifecycle.state").value("TEMPORARILY_OFFLINE"))
			.andExpect(jsonPath("$.lifecycle.offlinePlannedEnd").value("2026-03-12"));
		step(site, "go-online", "", admin()).andExpect(jsonPath("$.lifecycle.state").value("ONLINE"));
		step(site, "request-offline", "{\"reason\": \"再次升级\", \"plannedDays\": 3}", admin())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("site.offline.oncePerYear"))
			.andExpect(jsonPath("$.detail", containsString("2026")));
		// an emergency shutdown is still possible and does not count
		step(site, "emergency-shutdown", "{\"reason\": \"机房断电\"}", admin())
			.andExpect(jsonPath("$.lifecycle.state").value("EMERGENCY_SHUTDOWN"));
		step(site, "go-online", "", admin()).andExpect(jsonPath("$.lifecycle.state").value("ONLINE"));

		mvc.perform(get("/api/v1/sites/" + site + "/history").with(admin()))
			.andExpect(jsonPath("$[0].step").value("APPLY"))
			.andExpect(jsonPath("$[?(@.step == 'TAKE_OFFLINE')].requestedBy").value("admin"))
			.andExpect(jsonPath("$[?(@.step == 'TAKE_OFFLINE')].reason").value("栏目改版"))
			.andExpect(jsonPath("$[?(@.step == 'TAKE_OFFLINE')].approvedBy").value("admin2"))
			.andExpect(jsonPath("$[?(@.step == 'TAKE_OFFLINE')].approvalNote").value("同意，下线期间挂公告"));
		mvc.perform(get("/admin/sites/" + site).with(admin()))
			.andExpect(content().string(containsString("同意，下线期间挂公告")));
		step(site, "no-such-step", "", admin()).andExpect(status().isNotFound());
	}

	@Test
	void aClosingSiteCompletesOnlyAfterItsNoticeStoodThirtyDays() throws Exception {
		clock.setTo(LocalDateTime.of(2026, 5, 6, 9, 0));
		long target = onlineSite();
		long site = new SiteApi(mvc).onlineDepartment(target);
		step(site, "start-closing", "{\"reason\": \"集约化整合\", \"targetSiteId\": " + site + "}", admin())
			.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("site.closing.targetSelf"));
		step(site, "start-closing", "{\"reason\": \"集约化整合\", \"targetSiteId\": " + target + "}", admin())
			.andExpect(jsonPath("$.lifecycle.state").value("ONLINE"))
			.andExpect(jsonPath("$.lifecycle.pendingRequest.kind").value("START_CLOSING"));
		step(site, "approve-request", "", admin()).andExpect(status().isConflict());
		step(site, "approve-request", "", secondAdmin())
			.andExpect(jsonPath("$.lifecycle.state").value("CLOSING"))
			.andExpect(jsonPath("$.lifecycle.closingCompletableOn").value("2026-06-05"));

		clock.setTo(LocalDateTime.of(2026, 6, 4, 9, 0));
		step(site, "complete-closing", "", admin()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("site.closing.noticeTooShort"));
		clock.setTo(LocalDateTime.of(2026, 6, 5, 9, 0));
		mvc.perform(get("/admin").with(admin()))
			.andExpect(content().string(containsString("迁移公告已满期，可完成关停")));
		step(site, "complete-closing", "", admin()).andExpect(status().isOk())
			.andExpect(jsonPath("$.lifecycle.state").value("CLOSED"))
			.andExpect(jsonPath("$.lifecycle.registrationsToCancel").value(true))
			.andExpect(jsonPath("$.lifecycle.errorReportEnabled").value(false));
		mvc.perform(get("/api/v1/sites/" + site + "/notices").with(admin()))
			.andExpect(jsonPath("$[?(@.kind == 'CLOSED')].text", hasItem(containsString("已迁移至"))))
			.andExpect(jsonPath("$[?(@.kind == 'MIGRATION')].shownUntil").value("2026-06-05"));
	}

	@Test
	void aRefusedGoLiveIsShownOnTheSitePageNamingTheMissingItems() throws Exception {
		long site = createSite(false);
		step(site, "approve", "{}", manager(site));
		step(site, "approve", "{}", secondAdmin());
		mvc.perform(post("/admin/sites/" + site + "/lifecycle/go-online").with(admin()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/sites/" + site))
			.andExpect(result -> assertThat(String.valueOf(result.getFlashMap().get("errorMessage")))
				.contains("网站标识码", "党政机关网站标识", "ICP 备案号", "公安机关备案号", "等保"));
	}

	@Test
	void theSitePageSaysWhoMustApproveNextAndWhereToGrantTheRole() throws Exception {
		long site = createSite(false);
		mvc.perform(get("/admin/sites/" + site).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("由本站点的站点管理员（申请人除外）在本页审批")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("到账号管理授予站点管理员")));
		step(site, "approve", "{}", manager(site));
		// the applicant is told that another system administrator approves, and where one is made
		mvc.perform(get("/admin/sites/" + site).with(admin()))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("由申请人以外的系统管理员在本页审批")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("申请人 admin 不能审批自己的申请")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"grant-system-admin\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"step-approve\""))));
		// another system administrator sees the approval form and a link to it
		mvc.perform(get("/admin/sites/" + site).with(secondAdmin()))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"step-approve\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"#step-approve\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"grant-system-admin\""))));
	}

	// --- change records and the 工作台 -----------------------------------------------------------

	@Test
	void changesAreRecordedWithTheirDeadlineAndWaitOnTheWorkbench() throws Exception {
		clock.setTo(LocalDateTime.of(2026, 9, 30, 10, 0));
		long site = createSite(false);
		String name = JsonPath.read(mvc.perform(get("/api/v1/sites/" + site).with(admin())).andReturn()
			.getResponse().getContentAsString(), "$.registration.name");

		mvc.perform(profile(site).with(manager(site))).andExpect(status().isFound());
		structureChanges.recordStructureChange(site, "新增“政务公开”一级栏目");

		mvc.perform(get("/api/v1/sites/" + site + "/change-records").with(admin()))
			.andExpect(jsonPath("$.length()").value(4))
			.andExpect(jsonPath("$[?(@.subject == 'STRUCTURE')].after").value("新增“政务公开”一级栏目"))
			.andExpect(jsonPath("$[?(@.subject == 'SPONSOR')].reportBy").value("2026-10-09"))
			.andExpect(jsonPath("$[?(@.subject == 'SPONSOR')].changedBy").value("manager" + site));

		mvc.perform(get("/admin").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("报送“" + name + "”的信息变更：主办单位")))
			.andExpect(content().string(containsString("报送“" + name + "”的信息变更：主要栏目结构")));
		mvc.perform(get("/admin").with(manager(site)))
			.andExpect(content().string(containsString("“" + name + "”待审批（主办单位负责人审核）")));

		String records = mvc.perform(get("/api/v1/sites/" + site + "/change-records").with(admin())).andReturn()
			.getResponse().getContentAsString();
		List<Number> sponsorChange = JsonPath.read(records, "$[?(@.subject == 'SPONSOR')].id");
		long record = sponsorChange.get(0).longValue();
		mvc.perform(post("/admin/sites/" + site + "/change-records/" + record + "/reported").with(admin()).with(csrf()))
			.andExpect(status().isFound());
		mvc.perform(get("/admin").with(admin()))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("报送“" + name + "”的信息变更：主办单位"))));
	}

	@Test
	void theChannelModuleRecordsAStructureChangeWithoutASignedInUser() throws Exception {
		long site = createSite(false);
		structureChanges.recordStructureChange(site, "撤销“专题”栏目");
		mvc.perform(get("/api/v1/sites/" + site + "/change-records").with(admin()))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].subject").value("STRUCTURE"))
			.andExpect(jsonPath("$[0].changedBy").value("system"));
	}

	@Test
	void theSitePageOffersTheStepsOfItsStateToWhoMayTakeThem() throws Exception {
		long online = onlineSite();
		mvc.perform(get("/admin/sites/" + online).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("action=\"/admin/sites/" + online + "/lifecycle/request-offline\"")))
			.andExpect(content().string(containsString("action=\"/admin/sites/" + online + "/lifecycle/emergency-shutdown\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("lifecycle/start-closing"))))
			.andExpect(content().string(containsString("lifecycle/request-leave-supervision")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("lifecycle/go-online"))))
			.andExpect(content().string(containsString("开设公告")));
		step(online, "request-offline", "{\"reason\": \"栏目改版\", \"plannedDays\": 10}", admin()).andExpect(status().isOk());
		mvc.perform(get("/admin/sites/" + online).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("申请临时下线（admin ")))
			.andExpect(content().string(containsString("lifecycle/approve-request")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("lifecycle/request-offline\""))));
		mvc.perform(get("/admin/sites/" + online).with(editor(online)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("当前状态下没有可执行的操作")));

		long applied = createSite(false);
		mvc.perform(get("/admin/sites/" + applied).with(manager(applied)))
			.andExpect(content().string(containsString("lifecycle/approve\"")))
			.andExpect(content().string(containsString("当前待“主办单位负责人审核”审批")))
			.andExpect(content().string(containsString("网站标识码")));
	}

	@Test
	void theWorkbenchWarnsOfAnOfflinePeriodPastItsPlannedEnd() throws Exception {
		clock.setTo(LocalDateTime.of(2026, 4, 1, 9, 0));
		long site = onlineSite();
		step(site, "request-offline", "{\"reason\": \"升级\", \"plannedDays\": 3}", admin()).andExpect(status().isOk());
		step(site, "approve-request", "", secondAdmin()).andExpect(status().isOk());
		String name = JsonPath.read(mvc.perform(get("/api/v1/sites/" + site).with(admin())).andReturn()
			.getResponse().getContentAsString(), "$.registration.name");
		mvc.perform(get("/admin").with(admin()))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("“" + name + "”临时下线已超过"))));
		clock.setTo(LocalDateTime.of(2026, 4, 5, 9, 0));
		mvc.perform(get("/admin").with(admin()))
			.andExpect(content().string(containsString("“" + name + "”临时下线已超过计划恢复日期")));
	}

	@Test
	void theWorkbenchWarnsAsTheGoLiveDeadlineNears() throws Exception {
		clock.setTo(LocalDateTime.of(2026, 1, 7, 9, 0));
		long site = new SiteApi(mvc).approvedSite(false);
		String name = JsonPath.read(mvc.perform(get("/api/v1/sites/" + site).with(admin())).andReturn()
			.getResponse().getContentAsString(), "$.registration.name");
		String warning = "“" + name + "”批准后须在期限内上线";
		clock.setTo(LocalDateTime.of(2026, 6, 6, 9, 0));
		mvc.perform(get("/admin").with(admin())).andExpect(content().string(org.hamcrest.Matchers.not(containsString(warning))));
		clock.setTo(LocalDateTime.of(2026, 6, 7, 9, 0));
		mvc.perform(get("/admin").with(admin()))
			.andExpect(content().string(containsString(warning)))
			.andExpect(content().string(containsString("2026-07-07")));
	}

	@Test
	void aSiteLeavingSupervisionTurnsOffItsErrorReportEntryForTheOtherModules() throws Exception {
		clock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
		long site = onlineSite();
		assertThat(directory.find(site)).hasValueSatisfying(summary -> {
			assertThat(summary.state()).isEqualTo(org.govsite.site.SiteState.ONLINE);
			assertThat(summary.errorReportEnabled()).isTrue();
			assertThat(summary.domain()).endsWith(".gov.cn");
		});
		step(site, "request-leave-supervision", "{\"reason\": \"机构撤并\"}", admin()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("site.leave.documentRequired"));
		step(site, "request-leave-supervision", "{\"reason\": \"机构撤并\", \"documentNumber\": \"示编〔2026〕1号\", "
				+ "\"documentTitle\": \"关于撤销示例局的通知\"}", admin())
			.andExpect(jsonPath("$.lifecycle.pendingRequest.kind").value("REQUEST_LEAVE_SUPERVISION"));
		step(site, "approve-request", "", manager(site)).andExpect(status().isForbidden());
		step(site, "approve-request", "", secondAdmin())
			.andExpect(jsonPath("$.lifecycle.state").value("LEFT_SUPERVISION"))
			.andExpect(jsonPath("$.lifecycle.supervisionDocument").value("示编〔2026〕1号《关于撤销示例局的通知》"));
		assertThat(directory.find(site)).hasValueSatisfying(summary -> {
			assertThat(summary.state()).isEqualTo(org.govsite.site.SiteState.LEFT_SUPERVISION);
			assertThat(summary.errorReportEnabled()).isFalse();
		});
		mvc.perform(get("/api/v1/sites/" + site + "/reporting-tasks").with(admin()))
			.andExpect(jsonPath("$[0].step").value("LEAVE_SUPERVISION"))
			.andExpect(jsonPath("$[0].due").value("2026-04-02"));
	}

	@Test
	void theDirectoryReadsAPortalsDepartmentsAndEverySitesPageFactsInOneStatement() throws Exception {
		SiteApi api = new SiteApi(mvc);
		long portal = onlineSite();
		long other = onlineSite();
		long first = api.onlineDepartment(portal);
		long second = api.onlineDepartment(portal);
		long elsewhere = api.onlineDepartment(other);
		assertThat(directory.departmentsOf(portal)).extracting(org.govsite.site.SiteSummary::id)
			.containsExactlyInAnyOrder(first, second);
		assertThat(directory.departmentsOf(other)).extracting(org.govsite.site.SiteSummary::id).containsExactly(elsewhere);
		assertThat(directory.departmentsOf(first)).isEmpty();
		List<org.govsite.site.SitePageFacts> every = directory.allPageFacts();
		for (long site : List.of(portal, other, first, second, elsewhere)) {
			assertThat(every).filteredOn(facts -> facts.id() == site).containsExactly(directory.pageFacts(site).orElseThrow());
		}
	}

	@Test
	void theApiDescribesTheSiteGroup() throws Exception {
		mvc.perform(get("/v3/api-docs").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/sites']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/sites/{siteId}/lifecycle/{step}']").exists());
	}

	@Test
	void aDomainChangeThroughTheConsoleIsRecordedAndAnnouncedOnTheOldSite() throws Exception {
		clock.setTo(LocalDateTime.of(2026, 9, 30, 10, 0));
		long site = onlineSite();
		String json = mvc.perform(get("/api/v1/sites/" + site).with(admin())).andReturn().getResponse().getContentAsString();
		String oldDomain = JsonPath.read(json, "$.registration.englishDomain");
		String newDomain = SiteTestData.domain();

		mvc.perform(registration(site, json, "www.example.com", "44160200").with(admin()))
			.andExpect(status().isOk())
			.andExpect(view().name("site/registration"))
			.andExpect(model().attributeHasFieldErrorCode("form", "englishDomain", "site.domain.english.invalid"))
			.andExpect(model().attributeHasFieldErrorCode("form", "siteCode", "site.siteCode.invalid"));
		mvc.perform(registration(site, json, newDomain, JsonPath.read(json, "$.registration.siteCode")).with(manager(site)))
			.andExpect(status().isForbidden());
		mvc.perform(registration(site, json, newDomain, JsonPath.read(json, "$.registration.siteCode")).with(admin()))
			.andExpect(status().isFound());

		mvc.perform(get("/api/v1/sites/" + site + "/change-records").with(admin()))
			.andExpect(jsonPath("$[0].subject").value("DOMAIN"))
			.andExpect(jsonPath("$[0].before").value(oldDomain))
			.andExpect(jsonPath("$[0].reportBy").value("2026-10-09"));
		mvc.perform(get("/api/v1/sites/" + site + "/notices").with(admin()))
			.andExpect(jsonPath("$[?(@.kind == 'DOMAIN_CHANGE')].text",
					hasItem(containsString(oldDomain + " 变更为 " + newDomain))));
	}

	@Test
	void aSecondSiteCannotTakeAnotherSitesCodeOrSponsor() throws Exception {
		long site = onlineSite();
		String json = mvc.perform(get("/api/v1/sites/" + site).with(admin())).andReturn().getResponse().getContentAsString();
		String code = JsonPath.read(json, "$.registration.siteCode");
		String sponsor = JsonPath.read(json, "$.profile.sponsor");
		mvc.perform(post("/admin/sites").with(admin()).with(csrf())
				.param("registration.kind", "PORTAL")
				.param("registration.name", unique("站"))
				.param("registration.siteCode", code)
				.param("profile.sponsor", unique("单位"))
				.param("profile.responsiblePerson", "张三"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "registration.siteCode", "site.siteCode.taken"));
		mvc.perform(post("/api/v1/sites").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content(siteJson(unique("站"), false).replaceFirst("\"sponsor\": \"[^\"]+\"", "\"sponsor\": \"" + sponsor + "\"")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors.sponsor", containsString("一个单位只能开设一个网站")));
	}

	@Test
	void aPortalCannotBeClosedAndTheAuditRecordNamesTheStep() throws Exception {
		long portal = onlineSite();
		mvc.perform(get("/admin/sites/" + portal).with(admin()))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("lifecycle/start-closing"))));
		step(portal, "start-closing", "{\"reason\": \"集约化整合\", \"targetSiteId\": " + onlineSite() + "}", admin())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("site.closing.portal"))
			.andExpect(jsonPath("$.detail", containsString("门户网站不能注销关停")));
		mvc.perform(get("/api/v1/sites/" + portal).with(admin()))
			.andExpect(jsonPath("$.lifecycle.state").value("ONLINE"))
			.andExpect(jsonPath("$.lifecycle.pendingRequest").doesNotExist());

		step(portal, "request-offline", "{\"reason\": \"升级\", \"plannedDays\": 3}", admin()).andExpect(status().isOk());
		step(portal, "approve-request", "", secondAdmin()).andExpect(status().isOk());
		assertThat(jdbc.sql("select detail from audit_record where action = 'site.lifecycle' and object_id = ? order by seq")
			.param(String.valueOf(portal)).query(String.class).list())
			.containsExactly("approve", "approve", "go-online", "start-closing", "request-offline",
					"approve-request → take-offline");
	}

	@Test
	void theGoLiveItemsCannotBeRemovedFromAnOnlineSite() throws Exception {
		long site = onlineSite();
		String json = mvc.perform(get("/api/v1/sites/" + site).with(admin())).andReturn().getResponse().getContentAsString();
		String icp = JsonPath.read(json, "$.registration.icpNumber");
		mvc.perform(registration(site, json.replace(icp, ""), JsonPath.read(json, "$.registration.englishDomain"),
				JsonPath.read(json, "$.registration.siteCode")).with(admin()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "icpNumber", "site.registration.requiredWhileOnline"))
			.andExpect(content().string(containsString("网站已上线，不能删除ICP 备案号")));
		mvc.perform(put("/api/v1/sites/" + site).with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content(siteJson(unique("示例县门户"), true).replace("\"securityPassed\": true", "\"securityPassed\": false")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("site.registration.requiredWhileOnline"))
			.andExpect(jsonPath("$.errors.securityPassed", containsString("不能删除通过的等保测评记录")));
		mvc.perform(get("/api/v1/sites/" + site).with(admin()))
			.andExpect(jsonPath("$.registration.icpNumber").value((String) JsonPath.read(json, "$.registration.icpNumber")))
			.andExpect(jsonPath("$.lifecycle.state").value("ONLINE"));
	}

	@Test
	void aDomainChangeBeforeTheFirstOpeningPutsUpNoNotice() throws Exception {
		long site = new SiteApi(mvc).approvedSite(true);
		String json = mvc.perform(get("/api/v1/sites/" + site).with(admin())).andReturn().getResponse().getContentAsString();
		mvc.perform(registration(site, json, SiteTestData.domain(), JsonPath.read(json, "$.registration.siteCode")).with(admin()))
			.andExpect(status().isFound());
		mvc.perform(get("/api/v1/sites/" + site + "/change-records").with(admin()))
			.andExpect(jsonPath("$[0].subject").value("DOMAIN"));
		mvc.perform(get("/api/v1/sites/" + site + "/notices").with(admin()))
			.andExpect(jsonPath("$[?(@.kind == 'DOMAIN_CHANGE')]").isEmpty());
	}

	// --- helpers -------------------------------------------------------------------------------

	long createSite(boolean complete) throws Exception {
		return new SiteApi(mvc).createSite(complete);
	}

	long onlineSite() throws Exception {
		return new SiteApi(mvc).onlineSite();
	}

	ResultActions step(long site, String step, String body, RequestPostProcessor who) throws Exception {
		return new SiteApi(mvc).step(site, step, body, who);
	}

	/** The registration form as the console posts it, from the site's JSON, with a domain and 标识码 typed. */
	static MockHttpServletRequestBuilder registration(long site, String json, String domain, String code) {
		return post("/admin/sites/" + site + "/registration").with(csrf())
			.param("kind", "PORTAL")
			.param("name", (String) JsonPath.read(json, "$.registration.name"))
			.param("siteCode", code)
			.param("englishDomain", domain)
			.param("icpNumber", (String) JsonPath.read(json, "$.registration.icpNumber"))
			.param("publicSecurityNumber", (String) JsonPath.read(json, "$.registration.publicSecurityNumber"))
			.param("badgeNumber", (String) JsonPath.read(json, "$.registration.badgeNumber"))
			.param("securityLevel", "3")
			.param("securityFilingNumber", "44160213001-00001")
			.param("securityAssessedOn", "2025-12-01")
			.param("securityPassed", "true");
	}

	static MockHttpServletRequestBuilder profile(long site) {
		return post("/admin/sites/" + site + "/profile").with(csrf())
			.param("sponsor", unique("新主办单位"))
			.param("responsiblePerson", "王五")
			.param("contactPerson", "李四")
			.param("contactPhone", "0752-7654321")
			.param("contactEmail", "web@example.gov.cn");
	}
}
