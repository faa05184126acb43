package org.govsite.content;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import org.govsite.platform.PageSize;
import org.govsite.site.SiteKind;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Importing published documents in bulk, with their files, for demo data and benchmarks. */
@IntegrationTest
class ContentImportTests {

	@Autowired
	ContentImport imports;

	@Autowired
	ContentCatalog catalog;

	@Autowired
	ContentFixtures fixtures;

	@Test
	void importsPictureNewsWithItsCoverBodyPictureAndAttachment() throws IOException {
		long site = fixtures.site(SiteKind.PORTAL, null);
		long channel = fixtures.channel(site, "news");
		AttachmentRef cover = imports.storeFile("封面.png", png());
		AttachmentRef picture = imports.storeFile("现场.png", png());
		AttachmentRef pdf = imports.storeFile("通知.pdf", "%PDF-1.4\n%%EOF\n".getBytes());
		DocumentContent content = DocumentContent.of("示例县召开专题会议", "<p>会议现场。</p><p><img src=\"attachment:" + picture.id()
				+ "\" alt=\"会议现场\"></p>").withAttachments(cover.id(), List.of(pdf.id()));

		long id = imports.importPublished(site, List.of(new ImportedDocument(DocumentType.PICTURE_NEWS, content,
				List.of(channel), Instant.parse("2026-03-02T02:00:00Z"), "demo"))).getFirst();

		PublishedDocument published = catalog.published(id).orElseThrow();
		assertThat(published.cover()).isEqualTo(cover);
		assertThat(published.attachments()).containsExactly(pdf);
		assertThat(published.body()).contains("attachment:" + picture.id());
		try (InputStream bytes = catalog.openAttachment(picture.id())) {
			assertThat(bytes.readAllBytes()).isEqualTo(png());
		}
		assertThat(catalog.entries(channel, Instant.now(), 0, 10)).extracting(ChannelEntry::documentId).containsExactly(id);
	}

	@Test
	void importsAPolicyWithItsInterpretationLinkedBothWays() {
		long site = fixtures.site(SiteKind.PORTAL, null);
		long policies = fixtures.channel(site, "zcwj");
		long interpretations = fixtures.channel(site, "zcjd");
		String index = ContentFixtures.unique("11990123MB0000001X/2026-");
		DisclosureMetadata disclosure = new DisclosureMetadata(index, "综合政务/政务公开", "示政办发〔2026〕3号", "示例县人民政府办公室",
				LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1), "行政规范性文件", Validity.VALID,
				DisclosureMode.PROACTIVE, List.of("政务公开"), "关于进一步做好政务公开工作的通知");
		long policy = imports.importPublished(site, List.of(new ImportedDocument(DocumentType.POLICY,
				DocumentContent.of("关于进一步做好政务公开工作的通知", "<p>各乡镇人民政府，县政府各部门：</p>").withDisclosure(disclosure),
				List.of(policies), Instant.parse("2026-03-02T02:00:00Z"), "demo"))).getFirst();
		long interpretation = imports.importPublished(site, List.of(new ImportedDocument(DocumentType.INTERPRETATION,
				DocumentContent.of("《关于进一步做好政务公开工作的通知》解读", "<p>一、出台背景</p>").withPolicy(policy),
				List.of(interpretations), Instant.parse("2026-03-02T02:00:00Z"), "demo"))).getFirst();

		assertThat(catalog.published(policy).orElseThrow().disclosure().indexNumber()).isEqualTo(index);
		assertThat(catalog.published(policy).orElseThrow().related()).extracting(PublishedDocument.RelatedDocument::id)
			.containsExactly(interpretation);
		assertThat(catalog.published(interpretation).orElseThrow().related()).extracting(PublishedDocument.RelatedDocument::id)
			.containsExactly(policy);
	}

	@Test
	void importsForReviewKeepingTheOriginalDateUntilReleased() {
		long site = fixtures.site(SiteKind.PORTAL, null);
		long channel = fixtures.channel(site, "news");
		Instant original = Instant.parse("2019-05-06T01:00:00Z");
		long id = imports.importForReview(site, List.of(new ImportedDocument(DocumentType.ARTICLE,
				DocumentContent.of("旧网站的一篇通知", "<p>通知正文。</p>"), List.of(channel), original, "migrator"))).getFirst();

		ContentFixtures.Staff reviewer = ContentFixtures.reviewer(site);
		assertThat(catalog.published(id)).isEmpty();
		assertThat(catalog.entries(channel, Instant.now(), 0, 10)).isEmpty();
		assertThat(reviewer.run(() -> fixtures.workflow().awaitingMyReview(0, PageSize.MAX).documents())).extracting(DocumentSummary::id).contains(id);
		DocumentView draft = reviewer.run(() -> fixtures.library().get(id));
		assertThat(draft.state()).isEqualTo(DocumentState.IN_REVIEW);
		assertThat(draft.reviewLevel()).isEqualTo(1);
		assertThat(draft.content().displayDate()).isEqualTo(original);
		assertThat(draft.history()).extracting(HistoryEntryView::action)
			.containsExactly(HistoryAction.CREATED, HistoryAction.BACKDATED, HistoryAction.SUBMITTED);

		reviewer.run(() -> fixtures.workflow().approve(id, null));

		assertThat(catalog.published(id).orElseThrow().publishedAt()).isEqualTo(original);
		assertThat(catalog.entries(channel, Instant.now(), 0, 10)).extracting(ChannelEntry::documentId).containsExactly(id);
	}

	private static byte[] png() throws IOException {
		BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
		image.setRGB(1, 1, 0x336699);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}
}
