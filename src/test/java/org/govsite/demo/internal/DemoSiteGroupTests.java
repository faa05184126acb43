package org.govsite.demo.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.govsite.channel.ChannelDirectory;
import org.govsite.channel.ChannelKind;
import org.govsite.channel.ChannelView;
import org.govsite.content.ChannelEntry;
import org.govsite.content.ContentCatalog;
import org.govsite.content.PublishedDocument;
import org.govsite.identity.StaffRole;
import org.govsite.publish.internal.JobRunner;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteKind;
import org.govsite.site.SiteState;
import org.govsite.site.SiteSummary;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** The demo site group, built once on the shared database. */
@IntegrationTest
class DemoSiteGroupTests {

	@Autowired
	DemoSiteGroup demo;

	@Autowired
	SiteDirectory sites;

	@Autowired
	ChannelDirectory channels;

	@Autowired
	MockMvc mvc;

	@Autowired
	ContentCatalog catalog;

	@Autowired
	JobRunner runner;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.govsite.guard.internal.DailyScan guardScan;

	@Autowired
	org.govsite.guard.internal.FindingStore guardFindings;

	private ChannelView channelByCode(long siteId, String code) {
		return channels.ofSite(siteId).stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
	}

	@Test
	void aCountyPortalWithDepartmentSitesTheirChannelTreesAndStaff() throws Exception {
		List<DemoSiteGroup.DemoAccount> accounts = DemoGroupOnce.accounts(demo, runner);

		Map<String, SiteSummary> byCode = sites.all().stream().filter(site -> site.siteCode() != null
				&& site.siteCode().startsWith(DemoCounty.DIVISION)).collect(Collectors.toMap(SiteSummary::siteCode, Function.identity()));
		SiteSummary portal = byCode.get("9901230001");
		assertThat(portal.kind()).isEqualTo(SiteKind.PORTAL);
		assertThat(portal.state()).isEqualTo(SiteState.ONLINE);
		assertThat(portal.domain()).isEqualTo("www.shili.gov.cn");
		List<SiteSummary> departments = byCode.values().stream().filter(site -> site.kind() == SiteKind.DEPARTMENT).toList();
		assertThat(departments).hasSizeGreaterThanOrEqualTo(3).allMatch(site -> portal.id() == site.parentId());
		assertThat(departments).filteredOn(site -> site.state() == SiteState.ONLINE).hasSizeGreaterThanOrEqualTo(3);
		assertThat(departments).anyMatch(site -> site.state() == SiteState.APPLIED);

		assertThat(channels.ofSite(portal.id())).extracting(ChannelView::kind)
			.contains(ChannelKind.NEWS, ChannelKind.NOTICE, ChannelKind.POLICY, ChannelKind.INTERPRETATION,
					ChannelKind.DISCLOSURE, ChannelKind.PLAN, ChannelKind.PERSONNEL, ChannelKind.OVERVIEW, ChannelKind.TOPIC,
					ChannelKind.INTERACTION, ChannelKind.SERVICE);
		assertThat(channels.tree(portal.id())).hasSizeGreaterThanOrEqualTo(8);
		for (SiteSummary department : departments) {
			assertThat(channels.ofSite(department.id())).extracting(ChannelView::kind).contains(ChannelKind.NEWS,
					ChannelKind.POLICY);
		}

		Instant now = Instant.now();
		for (ChannelView channel : channels.ofSite(portal.id())) {
			boolean leaf = channels.ofSite(portal.id()).stream().noneMatch(c -> Long.valueOf(channel.id()).equals(c.parentId()));
			if (leaf) {
				assertThat(catalog.countEntries(channel.id(), now)).as("documents in " + channel.name()).isPositive();
			}
		}
		List<ChannelEntry> topic = catalog.entries(channelByCode(portal.id(), "xczx").id(), now, 0, 10);
		assertThat(topic).anyMatch(entry -> entry.archivedOn() != null);
		ChannelEntry policy = catalog.entries(channelByCode(portal.id(), "zcwj").id(), now, 0, 10).getFirst();
		PublishedDocument policyPage = catalog.published(policy.documentId()).orElseThrow();
		assertThat(policyPage.disclosure()).isNotNull();
		assertThat(policyPage.disclosure().documentNumber()).contains("〔");
		assertThat(catalog.entries(channelByCode(portal.id(), "zcjd").id(), now, 0, 10)).isNotEmpty();
		assertThat(catalog.entries(channelByCode(portal.id(), "slyw").id(), now, 0, 10)).anyMatch(entry -> entry.cover() != null);

		// one full publish per site, not one per change made while building it
		for (SiteSummary site : byCode.values()) {
			assertThat(jdbc.sql("select count(*) from publish_job where site_id = :site and kind = 'FULL'")
				.param("site", site.id()).query(Long.class).single()).as("full publishes of " + site.name()).isEqualTo(1);
		}
		assertThat(jdbc.sql("""
				select distinct l.state from interaction_letter l join interaction_mailbox m on m.id = l.mailbox_id
				where m.site_id = :portal and l.published = (l.state = 'REPLIED')""")
			.param("portal", portal.id()).query(String.class).set())
			.as("the portal's mailboxes hold letters in every state, the replied ones published")
			.containsExactlyInAnyOrder("RECEIVED", "REJECTED", "ACCEPTED", "REPLY_IN_REVIEW", "REPLIED");
		assertThat(catalog.catalogued(portal.id()))
			.as("the portal's repealed policy links the one that replaced it")
			.anyMatch(entry -> entry.disclosure().validity() == org.govsite.content.Validity.REPEALED
					&& entry.replacedBy() != null && entry.replacedBy().title().endsWith("（2025年修订）"));
		assertThat(jdbc.sql("select count(*) from interaction_knowledge_entry where site_id = :portal and published")
			.param("portal", portal.id()).query(Integer.class).single()).as("the portal's 知识库").isEqualTo(2);
		assertThat(jdbc.sql("select answer is not null from interaction_error_report where site_id = :portal")
			.param("portal", portal.id()).query(Boolean.class).list())
			.as("找错: one answered, one waiting").containsExactlyInAnyOrder(true, false);

		// the content-security sample: what the guard's scan finds on the published portal
		runner.runPending();
		guardScan.scan(portal.id());
		assertThat(guardFindings.ofSite(portal.id()))
			.as("the demo portal's page with slips the content check warns about")
			.extracting(org.govsite.guard.SiteFinding::matched)
			.contains("截止目前", "一带一路战略");

		assertThat(accounts).extracting(DemoSiteGroup.DemoAccount::role).contains(StaffRole.SITE_MANAGER, StaffRole.EDITOR,
				StaffRole.REVIEWER, StaffRole.LETTER_HANDLER);
		assertThat(accounts).extracting(DemoSiteGroup.DemoAccount::password).doesNotHaveDuplicates();

		DemoSiteGroup.DemoAccount editor = accounts.stream().filter(a -> a.username().equals("shili.editor")).findFirst().orElseThrow();
		MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").session(new MockHttpSession()).with(csrf())
				.param("username", editor.username()).param("password", editor.password()))
			.andExpect(redirectedUrl("/admin"))
			.andReturn().getRequest().getSession();
		mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/admin/account/password"));
	}
}
