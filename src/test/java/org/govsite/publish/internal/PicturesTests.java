package org.govsite.publish.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.govsite.content.AttachmentRef;
import org.govsite.content.PublishedDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 part 12: pictures of published pages carry width and height (no layout shift) and
 * narrower renditions in {@code srcset}, made at publish.
 */
class PicturesTests {

	private static final String SHA = "a".repeat(64);

	private static final byte[] WIDE = png(1200, 800);

	private static final byte[] SMALL = png(400, 300);

	/** Attachment 502 (in the article's body) is wide; 504 (the cover) is small. */
	private final Pictures pictures = new Pictures(id -> new ByteArrayInputStream(id == 502 ? WIDE : SMALL));

	private final PageBuilder pages = new PageBuilder(new Theme(Map.of()), PageFixtures.site(), pictures);

	@Test
	void aBodyPictureCarriesItsSizeAndRenditionsWhichThePageAsksToPublish() {
		Page page = pages.document(PageFixtures.article(), PageFixtures.NEWS, related -> null,
				id -> "files/" + SHA + ".png");
		ThemePagesTests.assertValid(page);
		Element img = Jsoup.parse(page.content()).selectFirst(".gs-article img");
		assertThat(img.attr("width")).isEqualTo("1200");
		assertThat(img.attr("height")).isEqualTo("800");
		assertThat(img.attr("srcset")).contains(SHA + "-480w.png 480w", SHA + "-960w.png 960w", SHA + ".png 1200w");
		assertThat(img.attr("sizes")).isEqualTo(Pictures.SIZES);
		assertThat(page.files()).containsEntry("files/" + SHA + "-480w.png", 502L)
			.containsEntry("files/" + SHA + "-960w.png", 502L);
	}

	/** The traditional copy is one folder deeper: its srcset reaches the same files as its src. */
	@Test
	void theTraditionalCopysRenditionsAreTheSameFiles() {
		Page page = pages.document(PageFixtures.article(), PageFixtures.NEWS, related -> null,
				id -> "files/" + SHA + ".png");
		Element img = Jsoup.parse(TraditionalCopy.html(page.content(), page.path())).selectFirst(".gs-article img");
		assertThat(img.attr("src")).isEqualTo("../../../files/" + SHA + ".png");
		assertThat(img.attr("srcset")).isEqualTo("../../../files/" + SHA + "-480w.png 480w, ../../../files/" + SHA
				+ "-960w.png 960w, ../../../files/" + SHA + ".png 1200w");
	}

	@Test
	void aCoverCarriesItsSizeAndNoRenditionWiderThanItself() {
		AttachmentRef cover = new AttachmentRef(504, "封面.png", "image/png", SMALL.length, "b".repeat(64));
		PublishedDocument article = PageFixtures.article();
		PublishedDocument withCover = new PublishedDocument(article.id(), article.siteId(), article.type(),
				article.title(), article.subtitle(), "<p>正文</p>", article.summary(), article.source(), article.author(),
				article.responsibleEditor(), cover, article.attachments(), article.keywords(), article.publishedAt(),
				article.updatedAt(), null, article.related(), null, null, article.firstPublishedAt());
		Page page = pages.document(withCover, PageFixtures.NEWS, related -> null, id -> "files/x.png");
		ThemePagesTests.assertValid(page);
		Element img = Jsoup.parse(page.content()).selectFirst(".gs-cover img");
		assertThat(img.attr("width")).isEqualTo("400");
		assertThat(img.attr("height")).isEqualTo("300");
		assertThat(img.hasAttr("srcset")).isFalse();
	}

	/** The carousel's pictures were published at full size only: they get renditions too, sized to the page's width. */
	@Test
	void theCarouselsPicturesCarryTheirSizeAndRenditions() {
		AttachmentRef wide = new AttachmentRef(502, "图片新闻.png", "image/png", WIDE.length, SHA);
		org.govsite.content.ChannelEntry slide = new org.govsite.content.ChannelEntry(3001, PageFixtures.NEWS.id(),
				org.govsite.content.DocumentType.PICTURE_NEWS, "春耕时节田野忙", PageFixtures.NOW, false, null, wide, null, null);
		Page page = pages.home(new HomeContent(List.of(new HomeContent.Part(org.govsite.publish.HomeBlockKind.PICTURES,
				Map.of(PageFixtures.NEWS, List.of(slide)), List.of()))));
		ThemePagesTests.assertValid(page);
		Element img = Jsoup.parse(page.content()).selectFirst(".gs-slide img");
		assertThat(img.attr("width")).isEqualTo("1200");
		assertThat(img.attr("height")).isEqualTo("800");
		assertThat(img.attr("srcset")).isEqualTo("files/" + SHA + "-480w.png 480w, files/" + SHA + "-960w.png 960w, files/"
				+ SHA + ".png 1200w");
		assertThat(img.attr("sizes")).isEqualTo(Pictures.WIDE);
		assertThat(page.files()).containsOnlyKeys("files/" + SHA + ".png", "files/" + SHA + "-480w.png",
				"files/" + SHA + "-960w.png");
	}

	@Test
	void anEditorsOwnWidthIsKept() {
		String body = pictures.sized("<p><img src=\"attachment:502\" alt=\"图\" width=\"300\"></p>",
				id -> "files/" + SHA + ".png", Links.from("art/1/t1.html"), new java.util.HashMap<>());
		assertThat(body).isEqualTo("<p><img src=\"attachment:502\" alt=\"图\" width=\"300\"></p>");
	}

	@Test
	void aRenditionIsThePictureScaledToItsWidth() throws IOException {
		String path = "files/" + SHA + "-480w.png";
		assertThat(Pictures.renditionWidth(path)).isEqualTo(480);
		assertThat(Pictures.renditionWidth("files/" + SHA + ".png")).isNull();
		byte[] scaled = Pictures.scale(new ByteArrayInputStream(WIDE), 480, path);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(scaled));
		assertThat(image.getWidth()).isEqualTo(480);
		assertThat(image.getHeight()).isEqualTo(320);
		assertThat(Pictures.scale(new ByteArrayInputStream(WIDE), 480, path)).as("the same bytes each time").isEqualTo(scaled);
	}

	@Test
	void aPictureNoReaderKnowsHasNoSize() {
		Pictures unknown = new Pictures(id -> new ByteArrayInputStream("not a picture".getBytes()));
		assertThat(unknown.sizeOf(1)).isNull();
	}

	private static byte[] png(int width, int height) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
