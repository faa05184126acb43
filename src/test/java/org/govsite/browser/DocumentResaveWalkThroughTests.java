package org.govsite.browser;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.govsite.channel.ChannelDetails;
import org.govsite.channel.ChannelKind;
import org.govsite.channel.ChannelManagement;
import org.govsite.content.DisclosureMetadata;
import org.govsite.content.DisclosureMode;
import org.govsite.content.DocumentContent;
import org.govsite.content.DocumentLibrary;
import org.govsite.content.DocumentType;
import org.govsite.content.Validity;
import org.govsite.identity.Grant;
import org.govsite.identity.StaffRole;
import org.govsite.identity.TestAccounts;
import org.govsite.platform.RunAs;
import org.govsite.site.SiteKind;
import org.govsite.site.SiteManagement;
import org.govsite.site.SiteProfile;
import org.govsite.site.SiteRegistration;
import org.govsite.test.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor opens a document whose every field was set through the module API, changes one field
 * in the console and saves: every other field is as it was (dates, 公开日期, 主题词, 索引号, cover,
 * files, the shown date, the policy an interpretation explains).
 */
@BrowserTest
class DocumentResaveWalkThroughTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	SiteManagement sites;

	@Autowired
	ChannelManagement channels;

	@Autowired
	DocumentLibrary library;

	@Autowired
	Clock clock;

	long siteId;

	String editor;

	String suffix;

	@BeforeEach
	void siteAndEditor() {
		suffix = UUID.randomUUID().toString().substring(0, 8);
		siteId = RunAs.actor("browser-setup", () -> sites.apply(
				new SiteRegistration(SiteKind.PORTAL, null, "重存测试县人民政府" + suffix, null, null, null, null, null, null, null),
				new SiteProfile("重存测试县人民政府办公室" + suffix, null, null, "张三", null, null, null, null)),
				StaffRole.SYSTEM_ADMIN.authority(), StaffRole.STAFF_AUTHORITY);
		RunAs.actor("browser-setup", () -> channels.create(siteId, null,
				ChannelDetails.of("政策文件", "zcwj", ChannelKind.NEWS, "办公室", "李四")), StaffRole.SYSTEM_ADMIN.authority(),
				StaffRole.STAFF_AUTHORITY);
		editor = TestAccounts.uniqueName("editor");
		accounts.create(editor, Grant.site(StaffRole.EDITOR, siteId));
	}

	@Test
	void givenAPolicyAndItsInterpretationWithEveryFieldSetWhenTheEditorChangesOnlyTheSubtitleThenEveryOtherFieldStays(Page page) {
		long policy = asEditor(() -> library.create(siteId, DocumentType.POLICY, everything("关于做好春耕生产的通知", null)));
		completeWithFiles(policy);
		long interpretation = asEditor(() -> library.create(siteId, DocumentType.INTERPRETATION,
				everything("《关于做好春耕生产的通知》解读", policy)));
		completeWithFiles(interpretation);

		page.navigate("/login");
		page.locator("#username").fill(editor);
		page.locator("#password").fill(TestAccounts.PASSWORD);
		page.locator("form.form button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile(".*/admin$"));

		for (long id : List.of(policy, interpretation)) {
			DocumentContent before = asEditor(() -> library.get(id)).content();
			page.navigate("/admin/documents/" + id);
			page.locator(".tox-tinymce").waitFor();
			page.locator("#subtitle").fill("只改副标题" + id);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存").setExact(true)).click();
			assertThat(page.locator(".flash.success")).containsText("已保存");

			DocumentContent after = asEditor(() -> library.get(id)).content();
			assertThat(after.subtitle()).isEqualTo("只改副标题" + id);
			assertThat(after).usingRecursiveComparison().ignoringFields("subtitle").isEqualTo(before);
		}
	}

	/** Every field the API takes, for a policy document (or, with a policy, its interpretation). */
	private DocumentContent everything(String title, Long policyId) {
		LocalDate today = LocalDate.now(clock);
		DisclosureMetadata disclosure = policyId != null ? null : new DisclosureMetadata("重存" + suffix + "/2026-00001",
				"综合政务/政务公开", "示政办发〔2026〕3号", "重存测试县人民政府办公室", today.minusDays(20), today.minusDays(2),
				today.plusDays(30), "行政规范性文件", Validity.VALID, DisclosureMode.PROACTIVE, List.of("春耕", "农业生产"),
				"部署全县春耕生产工作。");
		return new DocumentContent(title, "原副标题", "<p>各乡镇要抓紧做好春耕备耕。</p>", "摘要：春耕生产", "县农业农村局",
				"王五", "赵六", null, List.of(), List.of("春耕", "备耕"), clock.instant().minus(Duration.ofDays(1)),
				"https://www.gov.cn/zhengce/example.htm", true, "https://www.gov.cn/zhengce/original.htm", true, policyId,
				disclosure);
	}

	/** A cover, a file, and the cover shown in the body too. */
	private void completeWithFiles(long id) {
		asEditor(() -> {
			long cover = library.uploadPicture(id, "cover.png", png()).id();
			long file = library.upload(id, "通知.pdf", "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).id();
			DocumentContent current = library.get(id).content();
			return library.save(id, current.withAttachments(cover, List.of(file))
				.withBody("<p>各乡镇要抓紧做好春耕备耕。</p><p><img src=\"attachment:" + cover + "\" alt=\"春耕\"></p>"));
		});
	}

	private <T> T asEditor(Supplier<T> work) {
		return RunAs.actor(editor, work, StaffRole.EDITOR.forSite(siteId), StaffRole.STAFF_AUTHORITY);
	}

	private static byte[] png() {
		BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}
