package org.govsite.publish.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.govsite.content.ContentCatalog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The published names of attachments that a body pictures without listing them: digest and type
 * are read once from their bytes and kept.
 */
@Component
public class AttachmentFiles {

	private final JdbcClient jdbc;

	private final ContentCatalog catalog;

	private final Map<Long, String> paths = new ConcurrentHashMap<>();

	AttachmentFiles(JdbcClient jdbc, ContentCatalog catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	/** The site path of the attachment's published file. */
	public String pathOf(long attachmentId) {
		return paths.computeIfAbsent(attachmentId, id -> jdbc
			.sql("select sha256, extension from publish_file where attachment_id = :id")
			.param("id", id)
			.query((rows, n) -> PageAddresses.file(rows.getString(1), rows.getString(2)))
			.optional()
			.orElseGet(() -> read(id)));
	}

	private String read(long attachmentId) {
		MessageDigest digest = Digests.sha256();
		byte[] head = new byte[16];
		int headLength = 0;
		try (InputStream in = catalog.openAttachment(attachmentId)) {
			byte[] buffer = new byte[65536];
			int read;
			while ((read = in.read(buffer)) > 0) {
				if (headLength < head.length) {
					int take = Math.min(read, head.length - headLength);
					System.arraycopy(buffer, 0, head, headLength, take);
					headLength += take;
				}
				digest.update(buffer, 0, read);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read attachment " + attachmentId, e);
		}
		String sha = HexFormat.of().formatHex(digest.digest());
		String extension = extension(head);
		jdbc.sql("insert into publish_file (attachment_id, sha256, extension) values (:id, :sha, :ext) on conflict do nothing")
			.param("id", attachmentId)
			.param("sha", sha)
			.param("ext", extension)
			.update();
		return PageAddresses.file(sha, extension);
	}

	/** The usual extension of a picture from its first bytes. */
	static String extension(byte[] head) {
		if (head.length >= 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8) {
			return "jpg";
		}
		if (head.length >= 4 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
			return "png";
		}
		if (head.length >= 3 && head[0] == 'G' && head[1] == 'I' && head[2] == 'F') {
			return "gif";
		}
		if (head.length >= 12 && head[0] == 'R' && head[1] == 'I' && head[8] == 'W' && head[9] == 'E') {
			return "webp";
		}
		return "bin";
	}
}
