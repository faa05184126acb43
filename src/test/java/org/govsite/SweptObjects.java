package org.govsite;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import com.sun.net.httpserver.HttpServer;
import org.govsite.content.ApplicationFormData;
import org.govsite.content.ApplicationForms;
import org.govsite.content.ContentFixtures;
import org.govsite.content.ContentFixtures.Staff;
import org.govsite.content.OutsideReleaseKind;
import org.govsite.content.OutsideReleases;
import org.govsite.content.Placements;
import org.govsite.content.ReprintClock;
import org.govsite.identity.StaffRole;
import org.govsite.interaction.ErrorReports;
import org.govsite.interaction.KnowledgeGaps;
import org.govsite.migration.MigrationRequest;
import org.govsite.migration.Migrations;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.publish.PublishJobs;
import org.govsite.search.AssistantFixtures;
import org.govsite.secops.CounterfeitSites;
import org.govsite.secops.Readiness;
import org.govsite.secops.Vulnerabilities;
import org.govsite.servicecatalog.ServiceCatalog;
import org.govsite.servicecatalog.ServiceFixtures;
import org.govsite.site.DomainLedger;
import org.govsite.site.LedgerEntryData;
import org.govsite.site.NewMediaAccountData;
import org.govsite.site.NewMediaPlatform;
import org.govsite.site.SiteKind;
import org.govsite.site.SiteManagement;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The objects the endpoint sweep names by id besides site B's site, channel, document and
 * letters: one of each kind, on sites of their own (a portal, its department, an online site),
 * made once for the test run, each titled with {@link #MARKER} where it has a title. Each is
 * addressed by the path variable that names it ({@code migrations/id}) and kept in a table, whose
 * row must read the same after every refused request.
 */
final class SweptObjects {

	/** What the objects are titled with: a refused request must not show it. */
	static final String MARKER = ContentFixtures.unique("越权对象");

	/** The table of each kind of object, for {@link #fingerprint}. */
	static final Map<String, String> TABLES = Map.ofEntries(Map.entry("migrations/id", "migration_run"),
			Map.entry("items/itemId", "service_item"), Map.entry("offers/id", "content_offer"),
			Map.entry("jobs/id", "publish_job"), Map.entry("tasks/id", "monitor_task"),
			Map.entry("findings/id", "secops_finding"), Map.entry("counterfeits/id", "secops_counterfeit"),
			Map.entry("plans/id", "secops_plan"), Map.entry("knowledge/id", "interaction_knowledge_entry"),
			Map.entry("gaps/id", "interaction_knowledge_gap"), Map.entry("application-rules/ruleId", "content_application_rule"),
			Map.entry("outside-releases/releaseId", "content_outside_release"), Map.entry("errors/id", "interaction_error_report"),
			Map.entry("domains/entryId", "site_domain_entry"), Map.entry("steps/stepId", "site_domain_step"), Map.entry("new-media/accountId", "new_media_account"),
			Map.entry("new-media-accounts/accountId", "new_media_account"), Map.entry("attachments/id", "content_attachment"),
			Map.entry("attachments/attachmentId", "content_attachment"), Map.entry("media/fileId", "content_attachment"),
			Map.entry("application-form/formId", "content_application_form"),
			Map.entry("change-records/recordId", "site_change_record"),
			Map.entry("reporting-tasks/taskId", "site_reporting_task"));

	/**
	 * Every key the objects are named by: those of {@link #TABLES}, and a reprint feed and its item,
	 * which the reprint job may read meanwhile.
	 */
	static final Set<String> KEYS = Stream.concat(TABLES.keySet().stream(), Stream.of("reprint-feeds/feedId", "reprints/itemId"))
		.collect(Collectors.toUnmodifiableSet());

	/**
	 * The objects that belong to a site or a document and are addressed under its id
	 * ({@code sites/{siteId}/…}, {@code documents/{id}/…}).
	 */
	static final List<String> UNDER_A_SITE_OR_DOCUMENT = List.of("application-rules/ruleId", "outside-releases/releaseId",
			"new-media/accountId", "new-media-accounts/accountId", "attachments/attachmentId", "media/fileId",
			"application-form/formId", "change-records/recordId", "reporting-tasks/taskId", "reprint-feeds/feedId");

	private static final Staff ADMIN = new Staff("sweep-admin", List.of(StaffRole.SYSTEM_ADMIN.authority()));

	private static final Staff SECURITY = new Staff("sweep-secadmin", List.of(StaffRole.SECURITY_ADMIN.authority()));

	private static Map<String, Long> made;

	/** The context (and so the database) they were made in. */
	private static ApplicationContext madeIn;

	private SweptObjects() {
	}

	/** The objects by the path variable that names them. */
	static synchronized Map<String, Long> of(ApplicationContext beans) {
		if (madeIn != beans) {
			made = make(beans);
			madeIn = beans;
		}
		return made;
	}

	private static Map<String, Long> make(ApplicationContext beans) {
		ContentFixtures content = beans.getBean(ContentFixtures.class);
		TestSite site = beans.getBean(PublishFixtures.class).onlineSite();
		Map<String, Long> ids = new LinkedHashMap<>();
		ids.put("migrations/id", ADMIN.run(() -> beans.getBean(Migrations.class)
			.create(new MigrationRequest(site.id(), null, MARKER, "http://localhost:9/", 1, 50, 1, false))));
		ids.put("items/itemId", ADMIN.run(() -> beans.getBean(ServiceCatalog.class)
			.create(site.id(), ServiceFixtures.complete(ContentFixtures.unique("S"), MARKER, "户籍办理"))));
		ids.put("offers/id", offer(content, beans.getBean(Placements.class)));
		// a job of a site of its own, held: nothing else queues work for that site and changes its row
		ids.put("jobs/id", beans.getBean(PublishJobs.class).holdFirstPublish(content.portal()));
		ofSecurityAndMonitoring(beans, site, ids);
		ofLetters(beans, site, ids);
		ofTheSite(beans, site, ids);
		ofADocument(beans, site, ids);
		return Map.copyOf(ids);
	}

	/** A rectification task (as the daily inspection writes it), a finding, a counterfeit site, a plan. */
	private static void ofSecurityAndMonitoring(ApplicationContext beans, TestSite site, Map<String, Long> ids) {
		JdbcClient jdbc = beans.getBean(JdbcClient.class);
		LocalDate today = LocalDate.now(beans.getBean(Clock.class));
		Timestamp now = Timestamp.from(beans.getBean(Clock.class).instant());
		ids.put("tasks/id", jdbc.sql("""
				insert into monitor_task (site_id, kind, subject, detail, evidence, owner, check_name, found_at,
				    last_seen_at, due_on, state)
				values (?, 'broken-link', ?, ?, '', null, 'links', ?, ?, ?, 'open') returning id""")
			.params(site.id(), "https://" + site.domain() + "/" + MARKER, MARKER, now, now, Date.valueOf(today.plusDays(7)))
			.query(Long.class)
			.single());
		Vulnerabilities vulnerabilities = beans.getBean(Vulnerabilities.class);
		SECURITY.run(() -> vulnerabilities.importFile("sweep.csv", ("site,finding_id,title,severity,url,found_on,description\n"
				+ site.code() + ",SW-1," + MARKER + ",高,," + today + ",\n").getBytes(StandardCharsets.UTF_8)));
		ids.put("findings/id", SECURITY.run(() -> vulnerabilities.findings(site.id(), true).getFirst().id()));
		ids.put("counterfeits/id", SECURITY.run(() -> beans.getBean(CounterfeitSites.class)
			.record(ContentFixtures.unique("fake") + ".example.com", site.id(), MARKER, null, null)));
		ids.put("plans/id", SECURITY.run(() -> beans.getBean(Readiness.class).addPlan(MARKER, "1.0", "网信办", null)));
	}

	/** A knowledge entry (from a replied letter), a knowledge gap, an error report. */
	private static void ofLetters(ApplicationContext beans, TestSite site, Map<String, Long> ids) {
		JdbcClient jdbc = beans.getBean(JdbcClient.class);
		ids.put("knowledge/id",
				beans.getBean(AssistantFixtures.class).knowledgeEntry(site, MARKER + "怎么办理？", "请到政务服务中心办理。").entry());
		beans.getBean(KnowledgeGaps.class).unanswered(site.id(), MARKER + "几点下班？");
		ids.put("gaps/id", jdbc.sql("select id from interaction_knowledge_gap where site_id = ?").param(site.id())
			.query(Long.class)
			.single());
		jdbc.sql("update site set error_report_enabled = true where id = ?").param(site.id()).update();
		String code = beans.getBean(ErrorReports.class)
			.submit(new ErrorReports.NewErrorReport(site.code(), "https://" + site.domain() + "/a.html", "TYPO", MARKER, null))
			.queryCode();
		ids.put("errors/id", jdbc.sql("select id from interaction_error_report where query_code = ?").param(code)
			.query(Long.class)
			.single());
	}

	/** What the site holds under its id: a rule, a release, a domain, an account, change records and tasks. */
	private static void ofTheSite(ApplicationContext beans, TestSite site, Map<String, Long> ids) {
		LocalDate today = LocalDate.now(beans.getBean(Clock.class));
		ApplicationForms forms = beans.getBean(ApplicationForms.class);
		ADMIN.run(() -> forms.require(site.id(), null, MARKER));
		ids.put("application-rules/ruleId", ADMIN.run(() -> forms.rules(site.id()).getFirst().id()));
		ids.put("outside-releases/releaseId", site.editor().run(() -> beans.getBean(OutsideReleases.class)
			.register(site.id(), OutsideReleaseKind.NEW_MEDIA, "政务微信", MARKER, today, null)));
		long domain = ADMIN.run(() -> beans.getBean(DomainLedger.class)
			.add(new LedgerEntryData(site.id(), "www." + ContentFixtures.unique("t") + ".gov.cn", MARKER, today.minusYears(1),
					today.plusYears(1), null, null, null, null, null)));
		ids.put("domains/entryId", domain);
		// a deregistration step, as the ledger opens one when the site is closed (a lifecycle of approvals)
		ids.put("steps/stepId", beans.getBean(JdbcClient.class)
			.sql("insert into site_domain_step (entry_id, item, due) values (?, 'DOMAIN', ?) returning id")
			.params(domain, Date.valueOf(today.plusDays(30)))
			.query(Long.class)
			.single());
		reprint(beans, site, ids);
		SiteManagement sites = beans.getBean(SiteManagement.class);
		long account = ADMIN.run(() -> sites.registerNewMediaAccount(site.id(),
				new NewMediaAccountData(NewMediaPlatform.WECHAT, MARKER, "测试单位办公室", null)));
		ids.put("new-media/accountId", account);
		ids.put("new-media-accounts/accountId", account);
		// the site's channels were recorded as changes of its structure, its going online as a task to report
		ids.put("change-records/recordId", ADMIN.run(() -> sites.changeRecords(site.id()).getFirst().id()));
		ids.put("reporting-tasks/taskId", ADMIN.run(() -> sites.reportingTasks(site.id()).getFirst().id()));
	}

	/** A feed of the site and the policy its one reading found, read from a server that answers once. */
	private static void reprint(ApplicationContext beans, TestSite site, Map<String, Long> ids) {
		HttpServer upstream;
		try {
			upstream = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		String base = "http://127.0.0.1:" + upstream.getAddress().getPort();
		byte[] rss = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>省政府</title><item><title>"
				+ MARKER + "</title><link>" + base + "/zc/1.html</link></item></channel></rss>").getBytes(StandardCharsets.UTF_8);
		upstream.createContext("/rss.xml", exchange -> {
			exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
			exchange.sendResponseHeaders(200, rss.length);
			try (var out = exchange.getResponseBody()) {
				out.write(rss);
			}
		});
		upstream.start();
		try {
			ReprintClock reprints = beans.getBean(ReprintClock.class);
			long feed = ADMIN.run(() -> reprints.watch(site.id(), MARKER, base + "/rss.xml", site.news()));
			ADMIN.run(() -> reprints.checkNow(site.id(), feed));
			ids.put("reprint-feeds/feedId", feed);
			ids.put("reprints/itemId", beans.getBean(JdbcClient.class)
				.sql("select id from content_reprint_item where feed_id = ?")
				.param(feed)
				.query(Long.class)
				.single());
		}
		finally {
			upstream.stop(0);
		}
	}

	/** A draft of the site with a picture of its library and an application form (the site requires one). */
	private static void ofADocument(ApplicationContext beans, TestSite site, Map<String, Long> ids) {
		ContentFixtures content = beans.getBean(ContentFixtures.class);
		long document = content.draft(site.editor(), site.id(), site.news(), MARKER);
		long picture = site.editor().run(() -> content.library().uploadPicture(document, "越权.png", png()).id());
		ids.put("attachments/id", picture);
		ids.put("attachments/attachmentId", picture);
		ids.put("media/fileId", picture);
		ids.put("application-form/formId", site.editor().run(() -> beans.getBean(ApplicationForms.class)
			.fill(document, new ApplicationFormData("测试单位办公室", null, MARKER, true))));
	}

	/** 报送: a live document of a department site offered to its portal. */
	private static long offer(ContentFixtures content, Placements placements) {
		long portal = content.portal();
		long department = content.site(SiteKind.DEPARTMENT, portal);
		long channel = content.channel(department, ContentFixtures.unique("c"));
		Staff editor = ContentFixtures.editor(department);
		long document = content.published(editor, ContentFixtures.reviewer(department), department, channel, MARKER);
		return editor.run(() -> placements.offer(document, MARKER));
	}

	private static byte[] png() {
		try {
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", png);
			return png.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Each object's row as it stands, by its key. */
	static Map<String, String> fingerprint(JdbcClient jdbc, Map<String, Long> ids) {
		Map<String, String> rows = new LinkedHashMap<>();
		TABLES.forEach((key, table) -> rows.put(key, jdbc.sql("select md5(t::text) from " + table + " t where id = ?")
			.param(ids.get(key))
			.query(String.class)
			.single()));
		return rows;
	}
}
