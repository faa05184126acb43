package org.govsite.migration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.govsite.channel.ChannelDirectory;
import org.govsite.channel.ChannelView;
import org.govsite.content.AttachmentRef;
import org.govsite.content.ContentImport;
import org.govsite.content.DocumentContent;
import org.govsite.content.DocumentType;
import org.govsite.content.ImportedDocument;
import org.govsite.content.WordDocument;
import org.govsite.identity.StaffAccess;
import org.govsite.migration.internal.BulkFiles;
import org.govsite.publish.PublishJobs;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents imported in bulk from JSON Lines, xlsx or a zip of Word files, for the system
 * administrator and the site's managers: every row is checked first and the errors of all rows
 * are returned in Chinese; only a file without any error is imported, all at once, as published
 * (the user who imports it approves it) with the dates it gives, and the site is published.
 */
@Service
@PreAuthorize("hasAuthority('STAFF')")
public class BulkImports {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final int MAX_TITLE = 200;

	private final ContentImport imports;

	private final ChannelDirectory channels;

	private final StaffAccess access;

	private final PublishJobs publishing;

	private final MessageSource messages;

	private final Clock clock;

	BulkImports(ContentImport imports, ChannelDirectory channels, StaffAccess access, PublishJobs publishing,
			MessageSource messages, Clock clock) {
		this.imports = imports;
		this.channels = channels;
		this.access = access;
		this.publishing = publishing;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * @param defaultChannelId the channel of rows that name none
	 */
	@Transactional
	public BulkResult importFile(long siteId, String fileName, byte[] content, @Nullable Long defaultChannelId) {
		if (!access.managesSite(siteId)) {
			throw new AccessDeniedException("migration.bulk");
		}
		List<BulkRow> rows = BulkFiles.read(fileName, content, imports);
		List<ChannelView> siteChannels = channels.ofSite(siteId).stream().filter(ChannelView::acceptsContent).toList();
		List<String> errors = new ArrayList<>();
		List<ImportedDocument> documents = new ArrayList<>();
		List<BulkRow> accepted = new ArrayList<>();
		String actor = access.currentUsername();
		for (BulkRow row : rows) {
			List<String> problems = new ArrayList<>();
			if (row.title() == null || row.title().isBlank()) {
				problems.add(message("migration.bulk.row.title"));
			}
			else if (row.title().length() > MAX_TITLE) {
				problems.add(message("migration.bulk.row.titleLength", MAX_TITLE));
			}
			if (row.body() == null || row.body().isBlank()) {
				problems.add(message("migration.bulk.row.body"));
			}
			Optional<ChannelView> channel = channel(row.channel(), defaultChannelId, siteChannels);
			if (channel.isEmpty()) {
				problems.add(row.channel() == null || row.channel().isBlank() ? message("migration.bulk.row.noChannel")
						: message("migration.bulk.row.channel", row.channel()));
			}
			LocalDate date = null;
			if (row.date() != null && !row.date().isBlank()) {
				date = BulkFiles.date(row.date());
				if (date == null || date.isAfter(LocalDate.now(clock))) {
					problems.add(message("migration.bulk.row.date", row.date()));
				}
			}
			if (!problems.isEmpty()) {
				errors.add(row.line() + "：" + String.join("；", problems));
				continue;
			}
			Instant published = date == null ? clock.instant() : date.atTime(LocalTime.of(9, 0)).atZone(CHINA).toInstant();
			String body = row.body().strip().startsWith("<") ? row.body() : paragraphs(row.body());
			DocumentContent text = new DocumentContent(row.title().strip(), null, body, null, row.source(), row.author(), null,
					null, List.of(), List.of(), published, null, false, null, false, null, null);
			documents.add(new ImportedDocument(DocumentType.ARTICLE, text, List.of(channel.get().id()), published, actor));
			accepted.add(row);
		}
		if (rows.isEmpty()) {
			errors.add(message("migration.bulk.empty"));
		}
		if (!errors.isEmpty()) {
			return new BulkResult(rows.size(), List.of(), errors, List.of());
		}
		for (int i = 0; i < documents.size(); i++) {
			documents.set(i, withPictures(documents.get(i), accepted.get(i).pictures()));
		}
		List<Long> ids = imports.importPublished(siteId, documents);
		publishing.publishSite(siteId);
		List<String> notes = new ArrayList<>();
		for (BulkRow row : accepted) {
			row.skippedPictures().forEach(skipped -> notes.add(message("migration.bulk.pictureSkipped", row.line(), skipped)));
		}
		return new BulkResult(rows.size(), ids, List.of(), notes);
	}

	/** The sites the user may import into, each with its channels that take documents. */
	@Transactional(readOnly = true)
	public java.util.Map<org.govsite.site.SiteSummary, List<ChannelView>> targets(List<org.govsite.site.SiteSummary> sites) {
		java.util.Map<org.govsite.site.SiteSummary, List<ChannelView>> targets = new java.util.LinkedHashMap<>();
		for (org.govsite.site.SiteSummary site : sites) {
			if (access.managesSite(site.id())) {
				targets.put(site, channels.ofSite(site.id()).stream().filter(ChannelView::acceptsContent).toList());
			}
		}
		return targets;
	}

	/** The channel a row names by code, path or name, else the default one. */
	private static Optional<ChannelView> channel(@Nullable String named, @Nullable Long defaultChannelId,
			List<ChannelView> channels) {
		if (named == null || named.isBlank()) {
			return channels.stream().filter(c -> defaultChannelId != null && c.id() == defaultChannelId).findFirst();
		}
		String wanted = named.strip();
		return channels.stream()
			.filter(c -> c.code().equalsIgnoreCase(wanted) || c.path().equalsIgnoreCase(wanted) || c.name().equals(wanted))
			.findFirst();
	}

	/** A Word file's pictures, stored only now that the whole file is accepted; the body shows them. */
	private ImportedDocument withPictures(ImportedDocument document, List<WordDocument.Picture> pictures) {
		if (pictures.isEmpty()) {
			return document;
		}
		String body = document.content().body();
		for (int n = 0; n < pictures.size(); n++) {
			AttachmentRef stored = imports.storeFile(pictures.get(n).fileName(), pictures.get(n).data());
			body = body.replace("src=\"picture:" + n + "\"", "src=\"attachment:" + stored.id() + "\"");
		}
		return new ImportedDocument(document.type(), document.content().withBody(body), document.channelIds(),
				document.publishedAt(), document.author());
	}

	private static String paragraphs(String text) {
		StringBuilder html = new StringBuilder();
		for (String line : text.split("\r?\n")) {
			if (!line.isBlank()) {
				html.append("<p>").append(Entities.escape(line.strip())).append("</p>");
			}
		}
		return html.toString();
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.CHINA);
	}
}
