package org.govsite.content;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.sql.Timestamp;
import java.util.List;

import org.govsite.content.ContentFixtures.Staff;
import org.govsite.content.internal.OrphanedUploads;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Uploads no document uses (a picture from a cancelled dialog) are deleted after a day; what a version uses stays. */
@IntegrationTest
class OrphanedUploadsTests {

	@Autowired
	ContentFixtures fixtures;

	@Autowired
	OrphanedUploads orphans;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anUploadNoVersionUsesIsDeletedAfterADayAndWhatAVersionUsesStays() {
		long siteId = fixtures.portal();
		long channelId = fixtures.channel(siteId, ContentFixtures.unique("pictures"));
		Staff editor = ContentFixtures.editor(siteId);
		long id = fixtures.draft(editor, siteId, channelId, "图片新闻");
		DocumentLibrary library = fixtures.library();
		long cancelled = editor.run(() -> library.uploadPicture(id, "cancelled.png", png(1)).id());
		long inBody = editor.run(() -> library.uploadPicture(id, "body.png", png(2)).id());
		long cover = editor.run(() -> library.uploadPicture(id, "cover.png", png(3)).id());
		long file = editor.run(() -> library.upload(id, "通知.pdf", "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).id());
		editor.run(() -> {
			DocumentContent current = library.get(id).content();
			return library.save(id, current.withBody("<p>正文</p><p><img src=\"attachment:" + inBody + "\" alt=\"现场\"></p>")
				.withAttachments(cover, List.of(file)));
		});
		jdbc.sql("update content_attachment set uploaded_at = ? where id = any(?)")
			.params(Timestamp.from(Instant.now().minus(2, ChronoUnit.DAYS)), new Long[] { cancelled, inBody, cover, file })
			.update();
		long fresh = editor.run(() -> library.uploadPicture(id, "just-now.png", png(4)).id());

		orphans.deleteOld();

		assertThat(existing(cancelled, inBody, cover, file, fresh)).containsExactlyInAnyOrder(inBody, cover, file, fresh);
		assertThat(editor.run(() -> library.get(id)).content().body()).contains("attachment:" + inBody);
	}

	private List<Long> existing(Long... ids) {
		return jdbc.sql("select id from content_attachment where id = any(?)").param(ids).query(Long.class).list();
	}

	/** A small picture whose content differs with the seed, so that each upload has a file of its own. */
	private static byte[] png(int seed) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
		image.setRGB(0, 0, seed * 0x102030);
		try {
			javax.imageio.ImageIO.write(image, "png", out);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}
