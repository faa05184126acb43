package org.govsite.servicecatalog.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.govsite.platform.RuleViolation;
import org.govsite.servicecatalog.FormFile;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The downloadable files of guides. An upload is typed by its content (Tika's magic numbers); the
 * name only tells apart the office formats that share a container (OLE2: doc, xls, wps, et; OOXML:
 * docx, xlsx). Accepted: PDF, OFD, those office formats, and PNG or JPEG pictures for samples;
 * anything else (pages, scripts, executables, archives) is refused. The stored name keeps only the
 * characters a file name may safely have.
 */
@Repository
public class FormFiles {

	public static final long MAX_SIZE = 10L * 1024 * 1024;

	private static final Map<String, String> OLE2 = Map.of("doc", "application/msword", "xls", "application/vnd.ms-excel",
			"wps", "application/vnd.ms-works", "et", "application/vnd.ms-excel");

	private static final Map<String, String> OOXML = Map.of("docx",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "xlsx",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final List<String> PLAIN = List.of("application/pdf", "image/png", "image/jpeg");

	private final Tika tika = new Tika();

	private final JdbcClient jdbc;

	FormFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The file as it will be served, or a refusal naming why not. */
	public long store(long siteId, String fileName, byte[] content, String user, Instant now) {
		if (content.length == 0 || content.length > MAX_SIZE) {
			throw new RuleViolation("servicecatalog.file.size", String.valueOf(MAX_SIZE / 1024 / 1024));
		}
		String name = safeName(fileName);
		String type = type(content, name);
		if (type == null) {
			throw new RuleViolation("servicecatalog.file.type", name);
		}
		return jdbc.sql("""
				insert into service_file (site_id, name, content_type, size, content, uploaded_by, uploaded_at)
				values (:site, :name, :type, :size, :content, :user, :now) returning id""")
			.param("site", siteId)
			.param("name", name)
			.param("type", type)
			.param("size", content.length)
			.param("content", content)
			.param("user", user)
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	public Optional<FormFile> find(long id) {
		return jdbc.sql("select id, site_id, name, content_type, size, content from service_file where id = :id")
			.param("id", id)
			.query((rs, n) -> new FormFile(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
					rs.getBytes(6)))
			.optional();
	}

	public List<FormFile> ofSite(long siteId) {
		return jdbc.sql("""
				select id, site_id, name, content_type, size from service_file where site_id = :site
				order by uploaded_at desc, id desc limit 200""")
			.param("site", siteId)
			.query((rs, n) -> new FormFile(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
					new byte[0]))
			.list();
	}

	private @Nullable String type(byte[] content, String name) {
		String magic = MediaType.parse(tika.detect(content)).getBaseType().toString();
		String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
		return switch (magic) {
			case "application/x-tika-msoffice" -> OLE2.get(extension);
			case "application/x-tika-ooxml", "application/zip" -> content.length > 0 && zipHolds(content, extension) ? OOXML.get(extension) : null;
			case "application/ofd" -> magic;
			default -> PLAIN.contains(magic) ? magic : null;
		};
	}

	/** An OOXML file named for what its parts are (a docx has word/, an xlsx xl/). */
	private static boolean zipHolds(byte[] content, String extension) {
		String part = switch (extension) {
			case "docx" -> "word/";
			case "xlsx" -> "xl/";
			default -> null;
		};
		if (part == null) {
			return false;
		}
		try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(content))) {
			int entries = 0;
			for (var entry = zip.getNextEntry(); entry != null && entries < 1000; entry = zip.getNextEntry(), entries++) {
				if (entry.getName().startsWith(part)) {
					return true;
				}
			}
			return false;
		}
		catch (java.io.IOException e) {
			return false;
		}
	}

	static String safeName(String fileName) {
		String base = fileName.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^\\p{IsHan}\\p{L}\\p{N}._（）()-]", "_");
		if (base.isBlank() || base.startsWith(".")) {
			base = "file" + base;
		}
		return base.length() > 100 ? base.substring(base.length() - 100) : base;
	}
}
