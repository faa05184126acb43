package org.govsite.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import org.govsite.channel.ChannelDetails;
import org.govsite.channel.ChannelKind;
import org.govsite.channel.ChannelManagement;
import org.govsite.channel.ChannelOutline;
import org.govsite.content.ContentFixtures.Staff;
import org.govsite.content.ContentFixtures;
import org.govsite.content.DisclosureMetadata;
import org.govsite.content.DisclosureMode;
import org.govsite.content.DocumentContent;
import org.govsite.content.DocumentLibrary;
import org.govsite.content.DocumentType;
import org.govsite.content.PlacementRequest;
import org.govsite.content.Placements;
import org.govsite.content.ReviewWorkflow;
import org.govsite.content.Validity;
import org.govsite.identity.StaffRole;
import org.govsite.platform.GovSiteProperties;
import org.govsite.publish.internal.JobRunner;
import org.govsite.site.LifecycleStep;
import org.govsite.site.SecurityAssessment;
import org.govsite.site.SiteKind;
import org.govsite.site.SiteManagement;
import org.govsite.site.SiteProfile;
import org.govsite.site.SiteRegistration;
import org.govsite.site.StepInput;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An online site with a 标识码, a domain and a small channel tree (新闻动态; 政务公开 with 政策文件 and
 * 政策解读), made through the site and channel modules; and the means to wait for the publish jobs
 * that changes queue, and to run them.
 */
@Component
public class PublishFixtures {

	private final SiteManagement sites;

	private final ChannelManagement channels;

	private final JobRunner runner;

	private final JdbcClient jdbc;

	private final GovSiteProperties platform;

	private final DocumentLibrary library;

	private final ReviewWorkflow workflow;

	private final Placements placements;

	PublishFixtures(SiteManagement sites, ChannelManagement channels, JobRunner runner, JdbcClient jdbc,
			GovSiteProperties platform, DocumentLibrary library, ReviewWorkflow workflow, Placements placements) {
		this.library = library;
		this.workflow = workflow;
		this.placements = placements;
		this.sites = sites;
		this.channels = channels;
		this.runner = runner;
		this.jdbc = jdbc;
		this.platform = platform;
	}

	/** A site and its channels' ids. */
	public record TestSite(long id, String code, String domain, long news, long open, long policy,
			long interpretation) {

		public Staff editor() {
			return ContentFixtures.editor(id);
		}

		public Staff reviewer() {
			return ContentFixtures.reviewer(id);
		}
	}

	public TestSite onlineSite() {
		return site(SiteKind.PORTAL, null, true);
	}

	/** An online department site of the portal, with the same channels. */
	public TestSite onlineDepartmentSite(TestSite portal) {
		return site(SiteKind.DEPARTMENT, portal.id(), true);
	}

	/** A site as {@link #onlineSite()}, but only applied for: not approved, not online. */
	public TestSite appliedSite() {
		return site(SiteKind.PORTAL, null, false);
	}

	private TestSite site(SiteKind kind, @Nullable Long parentId, boolean online) {
		String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		String code = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L));
		String domain = "p" + suffix + ".gov.cn";
		Staff admin = new Staff("test-admin", List.of(StaffRole.SYSTEM_ADMIN.authority()));
		long siteId = admin.run(() -> sites.apply(new SiteRegistration(kind, parentId, (kind == SiteKind.PORTAL ? "发布测试县人民政府" : "发布测试县教育局") + suffix, code,
				domain, null, "琼ICP备" + code + "号", "琼公网安备" + code + "号", "badge" + code,
				new SecurityAssessment(3, "46010" + code, LocalDate.of(2026, 1, 5), true)),
				new SiteProfile("发布测试县人民政府办公室" + suffix, null, null, "张三", "李四", "0898-1234567", null, "测试县人民路1号")));
		if (online) {
			new Staff("manager-" + suffix, List.of(StaffRole.SITE_MANAGER.forSite(siteId)))
				.run(() -> sites.perform(siteId, LifecycleStep.APPROVE, StepInput.none()));
			// another system administrator than the applicant approves
			new Staff("test-admin2", List.of(StaffRole.SYSTEM_ADMIN.authority()))
				.run(() -> sites.perform(siteId, LifecycleStep.APPROVE, StepInput.none()));
			admin.run(() -> sites.perform(siteId, LifecycleStep.GO_ONLINE, StepInput.none()));
		}
		List<Long> ids = admin.run(() -> channels.createTree(siteId, null, List.of(
				ChannelOutline.of(ChannelDetails.of("新闻动态", "xwdt", ChannelKind.NEWS, "办公室", "王五")),
				ChannelOutline.of(ChannelDetails.of("政务公开", "zwgk", ChannelKind.DISCLOSURE, "办公室", "王五"),
						ChannelOutline.of(ChannelDetails.of("政策文件", "zcwj", ChannelKind.POLICY, "办公室", "王五")),
						ChannelOutline.of(ChannelDetails.of("政策解读", "zcjd", ChannelKind.INTERPRETATION, "办公室", "王五"))))));
		return new TestSite(siteId, code, domain, ids.get(0), ids.get(1), ids.get(2), ids.get(3));
	}

	/**
	 * A policy document with its disclosure metadata, in 政策文件, and its interpretation in 政策解读,
	 * both live. Returns the policy's id and the interpretation's.
	 */
	public long[] policyWithInterpretation(TestSite site) {
		// 索引号 are unique in the library, which the tests of one context share
		return policyWithInterpretation(site, String.format("11460000MB0000000X/2026-%05d", INDEX_NUMBERS.incrementAndGet()));
	}

	private static final java.util.concurrent.atomic.AtomicInteger INDEX_NUMBERS = new java.util.concurrent.atomic.AtomicInteger();

	/** The same with another 索引号, for a test that makes several (索引号 are unique in the library). */
	public long[] policyWithInterpretation(TestSite site, String indexNumber) {
		Staff editor = site.editor();
		Staff reviewer = site.reviewer();
		DisclosureMetadata disclosure = new DisclosureMetadata(indexNumber, "综合政务",
				"测政办发〔2026〕1号", "发布测试县人民政府办公室", LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 25),
				LocalDate.of(2026, 4, 1), "行政规范性文件", Validity.VALID, DisclosureMode.PROACTIVE, List.of("政务公开"),
				"规定政务公开的范围、程序和监督。");
		long policy = editor.run(() -> {
			long id = library.create(site.id(), DocumentType.POLICY, DocumentContent
				.of("发布测试县人民政府办公室关于印发政务公开工作规范的通知", "<p>各乡镇人民政府，县政府各部门：</p><p>现将规范印发给你们，请认真贯彻执行。</p>")
				.withDisclosure(disclosure));
			placements.place(id, PlacementRequest.in(site.policy()));
			return id;
		});
		long interpretation = editor.run(() -> {
			long id = library.create(site.id(), DocumentType.INTERPRETATION,
					DocumentContent.of("《政务公开工作规范》政策解读", "<p>一、制定背景</p><p>二、主要内容</p>").withPolicy(policy));
			placements.place(id, PlacementRequest.in(site.interpretation()));
			return id;
		});
		for (long id : new long[] { policy, interpretation }) {
			editor.run(() -> workflow.submit(id, true));
			reviewer.run(() -> workflow.approve(id, null));
		}
		return new long[] { policy, interpretation };
	}

	/** A live picture news item in the site's news channel, its cover a generated picture. */
	public long pictureNews(TestSite site, String title, java.awt.Color colour) {
		return pictureNews(site, title, colour, 320, 180);
	}

	/** The same with a cover of the given size. */
	public long pictureNews(TestSite site, String title, java.awt.Color colour, int width, int height) {
		Staff editor = site.editor();
		long id = editor.run(() -> {
			DocumentContent text = DocumentContent.of(title, "<p>" + title + "的正文</p>");
			long created = library.create(site.id(), DocumentType.PICTURE_NEWS, text);
			var cover = library.uploadPicture(created, "图片.png", picture(colour, width, height));
			library.save(created, text.withAttachments(cover.id(), List.of()));
			placements.place(created, PlacementRequest.in(site.news()));
			return created;
		});
		editor.run(() -> workflow.submit(id, true));
		site.reviewer().run(() -> workflow.approve(id, null));
		return id;
	}

	/**
	 * A special topic: a channel of kind 专题 at the top of the site, with its live 专题页面 (its
	 * introduction, and a 1200×300 banner as cover). Returns the channel's id and the page's.
	 */
	public long[] topic(TestSite site, String name, String code, String introduction) {
		Staff admin = new Staff("test-admin", List.of(StaffRole.SYSTEM_ADMIN.authority()));
		long channelId = admin.run(() -> channels.create(site.id(), null,
				ChannelDetails.of(name, code, ChannelKind.TOPIC, "办公室", "王五")));
		Staff editor = site.editor();
		long id = editor.run(() -> {
			DocumentContent text = DocumentContent.of(name + "专题", "<p>" + introduction + "</p>");
			long created = library.create(site.id(), DocumentType.TOPIC_PAGE, text);
			var cover = library.uploadPicture(created, "横幅.png", picture(java.awt.Color.RED, 1200, 300));
			library.save(created, text.withAttachments(cover.id(), List.of()));
			placements.place(created, PlacementRequest.in(channelId));
			return created;
		});
		editor.run(() -> workflow.submit(id, true));
		site.reviewer().run(() -> workflow.approve(id, null));
		return new long[] { channelId, id };
	}

	private static byte[] picture(java.awt.Color colour, int width, int height) {
		var image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(colour);
		graphics.fillRect(0, 0, width, height);
		graphics.dispose();
		var out = new java.io.ByteArrayOutputStream();
		try {
			javax.imageio.ImageIO.write(image, "png", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** Waits until the changes so far have queued their jobs (listeners run after commit), then runs them all. */
	public void publishQueued() {
		awaitListeners();
		runner.runPending();
		awaitWorker();
		awaitListeners();
		runner.runPending();
		awaitWorker();
	}

	/**
	 * Waits (at most 20 s) until the worker thread has finished the job it took: the runner here
	 * skips a job the worker holds, and a test that went on would read the site's files as they are
	 * being written (an inspection then found a publish half done).
	 */
	private void awaitWorker() {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (runner.busy()) {
			if (System.nanoTime() >= deadline) {
				throw new AssertionError("the publish worker still busy after 20 s");
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError("interrupted while waiting for the publish worker", e);
			}
		}
	}

	/**
	 * Waits (at most 20 s) until every event publication of the registry is complete, and fails the
	 * test if one is not: a test that went on would assert on pages its changes never reached.
	 */
	public void awaitListeners() {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		int open = openPublications();
		while (open > 0) {
			if (System.nanoTime() >= deadline) {
				throw new AssertionError(open + " event publications to publishing still incomplete after 20 s");
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError("interrupted while waiting for event publications", e);
			}
			open = openPublications();
		}
	}

	private int openPublications() {
		// publishing's own listeners, and those of disclosure and interaction that queue their pages of a site
		return jdbc.sql("select count(*) from event_publication where completion_date is null"
				+ " and (listener_id like '%publish%' or listener_id like '%CatalogueTriggers%'"
				+ " or listener_id like '%ReplyPageTriggers%')").query(Integer.class).single();
	}

	public Path folder(String code) {
		return platform.dataPath("publish").resolve(code);
	}

	/** Every file under the site's folder: path to content. */
	public Map<String, String> files(String code) {
		Path root = folder(code);
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file,
						java.nio.charset.StandardCharsets.ISO_8859_1));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return files;
	}
}
