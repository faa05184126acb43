package org.govsite.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.govsite.audit.AuditManagement;
import org.govsite.audit.AuditQuery;
import org.govsite.audit.AuditRecord;
import org.govsite.content.ContentFixtures;
import org.govsite.content.ContentFixtures.Staff;
import org.govsite.identity.StaffRole;
import org.govsite.notification.Notification;
import org.govsite.notification.Notifications;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 网页防篡改 through the running watch: a published file altered, deleted or added behind the
 * platform's back is put back as published (or removed), recorded in the audit trail and reported
 * to the security administrators. Waits are bounded by the 60 s the rule allows; they say nothing
 * of speed.
 * <p>
 * The shared test context does not watch (other tests plant content in published files), so this
 * class has a context of its own with the watch on, closed after it so that its watch stops.
 */
@IntegrationTest
@TestPropertySource(properties = "govsite.publish.tamper.enabled=true")
@DirtiesContext
class TamperProtectionTests {

	private static final Duration LIMIT = Duration.ofSeconds(60);

	@Autowired
	PublishFixtures fixtures;

	@Autowired
	ContentFixtures content;

	@Autowired
	PublishJobs publishJobs;

	@Autowired
	AuditManagement audit;

	@Autowired
	Notifications notifications;

	TestSite site;

	Staff manager;

	Staff securityAdmin = new Staff("security-tamper", List.of(StaffRole.SECURITY_ADMIN.authority()));

	Staff auditAdmin = new Staff("audit-tamper", List.of(StaffRole.AUDIT_ADMIN.authority()));

	Map<String, String> published;

	String article;

	@BeforeEach
	void publishedSite() {
		site = fixtures.onlineSite();
		manager = new Staff("manager", List.of(StaffRole.SITE_MANAGER.forSite(site.id())));
		long document = content.published(site.editor(), site.reviewer(), site.id(), site.news(), "示例县开展网页防篡改演练");
		fixtures.awaitListeners();
		manager.run(() -> publishJobs.requestFullPublish(site.id()));
		fixtures.publishQueued();
		published = fixtures.files(site.code());
		article = "art/" + document / 1000 + "/t" + document + ".html";
		assertThat(published).containsKeys(article, "xwdt/index.html");
	}

	@Test
	void anAlteredPageIsWrittenAgainAsPublished() throws IOException {
		Files.writeString(file(article), "<h1>网站已被入侵</h1>", StandardCharsets.UTF_8);

		await().atMost(LIMIT).untilAsserted(() -> assertThat(content(article)).isEqualTo(published.get(article)));
		assertReported();
	}

	@Test
	void aDeletedPageIsWrittenAgain() throws IOException {
		Files.delete(file("xwdt/index.html"));

		await().atMost(LIMIT).untilAsserted(() -> assertThat(file("xwdt/index.html")).exists());
		assertThat(content("xwdt/index.html")).isEqualTo(published.get("xwdt/index.html"));
		assertReported();
	}

	@Test
	void aFileNobodyPublishedIsRemoved() throws IOException {
		Files.createDirectories(file("upload"));
		Files.writeString(file("upload/shell.jsp"), "<% out.println(\"defaced\"); %>", StandardCharsets.UTF_8);
		Files.writeString(file("notice.html"), "<h1>假通知</h1>", StandardCharsets.UTF_8);

		await().atMost(LIMIT).untilAsserted(() -> {
			assertThat(file("upload/shell.jsp")).doesNotExist();
			assertThat(file("notice.html")).doesNotExist();
		});
		assertThat(file("upload")).doesNotExist();
		assertThat(fixtures.files(site.code())).isEqualTo(published);
		assertReported();
	}

	@Test
	void aPictureAThemeFileAndATraditionalCopyAreWrittenAgainToo() throws IOException {
		fixtures.pictureNews(site, "防篡改图片新闻", java.awt.Color.RED);
		fixtures.publishQueued();
		published = fixtures.files(site.code());
		String picture = published.keySet().stream().filter(path -> path.startsWith("files/")).findFirst().orElseThrow();
		String style = published.keySet().stream().filter(path -> path.startsWith("assets/site.") && path.endsWith(".css"))
			.findFirst().orElseThrow();
		Files.delete(file(picture));
		Files.writeString(file(style), "body{display:none}", StandardCharsets.UTF_8);
		Files.writeString(file("zh-hant/xwdt/index.html"), "<h1>已被篡改</h1>", StandardCharsets.UTF_8);

		await().atMost(LIMIT).untilAsserted(() -> assertThat(fixtures.files(site.code())).isEqualTo(published));
		assertReported();
	}

	private void assertReported() {
		await().atMost(LIMIT).untilAsserted(() -> {
			List<AuditRecord> records = auditAdmin.run(() -> audit
				.search(new AuditQuery(null, "publish.tamper.restore", "site", String.valueOf(site.id()), null, null, null), 0, 10)
				.records());
			assertThat(records).isNotEmpty();
			assertThat(securityAdmin.run(() -> notifications.mine(500)))
				.extracting(Notification::kind, Notification::text)
				.anySatisfy(kindAndText -> {
					assertThat(kindAndText.toList().get(0)).isEqualTo("publish.TAMPER_RESTORED");
					assertThat((String) kindAndText.toList().get(1)).contains("已按发布清单恢复");
				});
		});
	}

	private Path file(String path) {
		return fixtures.folder(site.code()).resolve(path);
	}

	private String content(String path) throws IOException {
		return Files.readString(file(path), StandardCharsets.ISO_8859_1);
	}
}
