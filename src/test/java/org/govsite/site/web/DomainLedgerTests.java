package org.govsite.site.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govsite.site.web.SiteTestData.admin;
import static org.govsite.site.web.SiteTestData.manager;
import static org.govsite.site.web.SiteTestData.secondAdmin;
import static org.govsite.site.web.SiteTestData.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govsite.site.DomainLedger;
import org.govsite.test.IntegrationTest;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** 域名台账: expiry warnings by the test clock, a closed site's deregistration to-dos, the export, bad input. */
@IntegrationTest
class DomainLedgerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DomainLedger ledger;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theSitesManagerIsWarnedNinetyThirtyAndSevenDaysBeforeADomainExpires() throws Exception {
		clock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
		long site = new SiteApi(mvc).onlineSite();
		ledger.checkDaily();
		long entry = entryOf(site);
		LocalDate expires = LocalDate.of(2026, 9, 30);
		edit(entry, site, expires).andExpect(status().is3xxRedirection());

		clock.setTo(expires.minusDays(91).atTime(6, 10));
		ledger.checkDaily();
		assertThat(warnings(site)).isEmpty();
		clock.setTo(expires.minusDays(90).atTime(6, 10));
		ledger.checkDaily();
		ledger.checkDaily();
		assertThat(warnings(site)).hasSize(1).first().asString().contains("2026-09-30", "还剩 90 天");
		clock.setTo(expires.minusDays(30).atTime(6, 10));
		ledger.checkDaily();
		clock.setTo(expires.minusDays(7).atTime(6, 10));
		ledger.checkDaily();
		clock.setTo(expires.minusDays(1).atTime(6, 10));
		ledger.checkDaily();
		assertThat(warnings(site)).hasSize(3).last().asString().contains("还剩 7 天");

		// renewed: the warnings start again for the new date
		edit(entry, site, expires.plusYears(1)).andExpect(status().is3xxRedirection());
		clock.setTo(expires.plusYears(1).minusDays(90).atTime(6, 10));
		ledger.checkDaily();
		assertThat(warnings(site)).hasSize(4);

		mvc.perform(get("/admin/domains").with(manager(site)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("还剩 90 天")));
	}

	@Test
	void aClosedSitesDomainStaysInTheLedgerWithItsDeregistrationToDos() throws Exception {
		clock.setTo(LocalDateTime.of(2026, 5, 6, 9, 0));
		SiteApi api = new SiteApi(mvc);
		long portal = api.onlineSite();
		long site = api.onlineDepartment(portal);
		api.step(site, "start-closing", "{\"reason\": \"集约化整合\", \"targetSiteId\": " + portal + "}", admin())
			.andExpect(status().isOk());
		api.step(site, "approve-request", "", secondAdmin()).andExpect(status().isOk());
		assertThat(statusOf(site)).isEqualTo("BEING_CLOSED");
		clock.setTo(LocalDateTime.of(2026, 6, 5, 9, 0));
		api.step(site, "complete-closing", "", admin()).andExpect(status().isOk());

		List<Long> steps = jdbc.sql("""
				select st.id from site_domain_step st join site_domain_entry e on e.id = st.entry_id
				where e.site_id = :site and st.due = date '2026-07-05' order by st.id
				""").param("site", site).query(Long.class).list();
		assertThat(steps).hasSize(5);
		mvc.perform(get("/admin").with(admin()))
			.andExpect(content().string(containsString("尚有注销事项未办结")));
		clock.setTo(LocalDateTime.of(2026, 7, 6, 9, 0));
		mvc.perform(get("/admin/domains").with(admin()))
			.andExpect(content().string(containsString("注销 ICP 备案")))
			.andExpect(content().string(containsString("已逾期")));

		mvc.perform(post("/admin/domains/steps/" + steps.getFirst() + "/done").with(manager(site)).with(csrf()))
			.andExpect(status().isForbidden());
		for (long step : steps) {
			mvc.perform(post("/admin/domains/steps/" + step + "/done").with(admin()).with(csrf()))
				.andExpect(status().is3xxRedirection());
		}
		assertThat(statusOf(site)).isEqualTo("DEREGISTERED");
		mvc.perform(get("/admin").with(admin()))
			.andExpect(content().string(not(containsString("域名 " + domainOf(site) + " 尚有注销事项"))));
	}

	@Test
	void aSitesOldDomainStaysBeingClosedWithItsCancellationDueAndTheNewOneIsEntered() throws Exception {
		clock.setTo(LocalDateTime.of(2026, 9, 30, 10, 0));
		long site = new SiteApi(mvc).onlineSite();
		ledger.checkDaily();
		String json = mvc.perform(get("/api/v1/sites/" + site).with(admin())).andReturn().getResponse().getContentAsString();
		String oldDomain = domainOf(site);
		String newDomain = SiteTestData.domain();
		mvc.perform(SiteIntegrationTests.registration(site, json, newDomain,
				com.jayway.jsonpath.JsonPath.read(json, "$.registration.siteCode")).with(admin()))
			.andExpect(status().isFound());

		assertThat(jdbc.sql("select status from site_domain_entry where name = :n").param("n", oldDomain)
			.query(String.class).single()).isEqualTo("BEING_CLOSED");
		assertThat(jdbc.sql("""
				select st.item || ' ' || st.due from site_domain_step st join site_domain_entry e on e.id = st.entry_id
				where e.name = :n""").param("n", oldDomain).query(String.class).list()).containsExactly("DOMAIN 2026-10-30");
		assertThat(jdbc.sql("select status from site_domain_entry where name = :n").param("n", newDomain)
			.query(String.class).single()).isEqualTo("IN_USE");
	}

	@Test
	void theLedgerIsExportedAsASpreadsheetForTheSupervisingOffice() throws Exception {
		long site = new SiteApi(mvc).onlineSite();
		ledger.checkDaily();
		byte[] xlsx = mvc.perform(get("/admin/domains/export").with(admin()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Row header = book.getSheetAt(0).getRow(0);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("域名");
			boolean found = false;
			for (Row row : book.getSheetAt(0)) {
				found |= row.getCell(0).getStringCellValue().equals(domainOf(site));
			}
			assertThat(found).isTrue();
		}
	}

	@Test
	void aDomainOutsideGovCnIsRefusedInChineseAndNothingIsStored() throws Exception {
		long site = new SiteApi(mvc).createSite(false);
		String name = unique("shop") + ".example.com";
		mvc.perform(post("/admin/domains").with(admin()).with(csrf())
				.param("siteId", String.valueOf(site)).param("name", name))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "name"))
			.andExpect(content().string(containsString("须以 .gov.cn 结尾")));
		assertThat(jdbc.sql("select count(*) from site_domain_entry where name = :n").param("n", name)
			.query(Integer.class).single()).isZero();
		mvc.perform(post("/admin/domains").with(manager(site)).with(csrf())
				.param("siteId", String.valueOf(site)).param("name", unique("a") + ".gov.cn"))
			.andExpect(status().isForbidden());
		String chinese = unique("测试") + ".政务";
		mvc.perform(post("/admin/domains").with(admin()).with(csrf())
				.param("siteId", String.valueOf(site)).param("name", chinese).param("registrar", "中国互联网络信息中心")
				.param("openedBy", "县政府办公室").param("appliedBy", "张三").param("usedBy", "县政府办公室").param("responsible", "李四"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/admin/domains").with(admin()))
			.andExpect(content().string(containsString(chinese)))
			.andExpect(content().string(containsString("申请：张三")));
	}

	private org.springframework.test.web.servlet.ResultActions edit(long entry, long site, LocalDate expires)
			throws Exception {
		return mvc.perform(post("/admin/domains/" + entry).with(admin()).with(csrf())
			.param("siteId", String.valueOf(site))
			.param("name", domainOf(site))
			.param("registrar", "中国互联网络信息中心")
			.param("registeredOn", "2016-09-30")
			.param("expiresOn", expires.toString()));
	}

	private List<String> warnings(long site) {
		return jdbc.sql("select text from notification where recipient = :r and kind = 'site.DOMAIN_EXPIRING' order by id")
			.param("r", "site:" + site + ":SITE_MANAGER").query(String.class).list();
	}

	private long entryOf(long site) {
		return jdbc.sql("select id from site_domain_entry where site_id = :s and not chinese").param("s", site)
			.query(Long.class).single();
	}

	private String statusOf(long site) {
		return jdbc.sql("select status from site_domain_entry where site_id = :s and not chinese").param("s", site)
			.query(String.class).single();
	}

	private String domainOf(long site) {
		return jdbc.sql("select english_domain from site where id = :s").param("s", site).query(String.class).single();
	}
}
