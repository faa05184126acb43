package org.govsite.content.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govsite.content.AttachmentRef;
import org.govsite.content.ContentRuleViolation;
import org.govsite.content.DocumentContent;
import org.govsite.content.DocumentType;
import org.govsite.content.DocxImported;
import org.govsite.content.PlacementRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a Word document (.docx) as a new document: checked for size and type first, read by
 * {@link DocxReader}, its pictures stored as the new document's attachments through the same
 * checks as any upload (a picture in a format that cannot be published is left out and named),
 * and its body sanitized like everything editors write. A file that is not a readable .docx is
 * refused with a message naming it.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class DocxImport {

	private static final Logger log = LoggerFactory.getLogger(DocxImport.class);

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private static final Pattern PICTURE = Pattern.compile("<img src=\"picture:(\\d+)\"([^>]*)>");

	private final Library library;

	private final Attachments attachments;

	private final FileTypes types;

	private final ContentSettings settings;

	private final MessageSource messages;

	DocxImport(Library library, Attachments attachments, FileTypes types, ContentSettings settings,
			MessageSource messages) {
		this.library = library;
		this.attachments = attachments;
		this.types = types;
		this.settings = settings;
		this.messages = messages;
	}

	public DocxImported importDocx(long siteId, DocumentType type, @Nullable Long channelId, String fileName,
			byte[] content, String editor) {
		String name = Attachments.displayName(fileName);
		if (content.length > settings.maxImportSize().toBytes()) {
			throw new ContentRuleViolation("content.import.tooLarge", name, settings.maxImportSize().toMegabytes());
		}
		String detected = types.detect(content, name).mediaType();
		if (detected.equals("application/msword")) {
			throw new ContentRuleViolation("content.import.oldWord", name);
		}
		if (!detected.equals(DOCX)) {
			throw new ContentRuleViolation("content.import.notDocx", name);
		}
		DocxReader.Read read;
		try {
			read = DocxReader.read(content);
		}
		catch (IOException | RuntimeException e) {
			// a damaged file, a zip bomb, a disguised archive: the editor learns which file, the log why
			log.info("Refused to import {}: {}", name, e.toString());
			throw new ContentRuleViolation("content.import.unreadable", name);
		}
		String title = read.title() != null ? read.title() : baseName(name);
		if (title.length() > ContentRules.TITLE_MAX) {
			title = title.substring(0, ContentRules.TITLE_MAX);
		}
		String documentTitle = title;
		AtomicInteger stored = new AtomicInteger();
		List<String> skipped = new ArrayList<>();
		long documentId = library.create(siteId, type, editor, id -> {
			String body = pictures(id, read, editor, stored, skipped);
			return DocumentContent.of(documentTitle, body);
		});
		if (channelId != null) {
			library.place(documentId, PlacementRequest.in(channelId), editor);
		}
		return new DocxImported(documentId, documentTitle, stored.get(), skipped);
	}

	/** Stores each picture as an attachment of the new document and points the body at it. */
	private String pictures(long documentId, DocxReader.Read read, String editor, AtomicInteger stored,
			List<String> skipped) {
		Matcher matcher = PICTURE.matcher(read.body());
		StringBuilder body = new StringBuilder();
		while (matcher.find()) {
			DocxReader.Picture picture = read.pictures().get(Integer.parseInt(matcher.group(1)));
			String replacement = "";
			try {
				AttachmentRef attachment = attachments.uploadPicture(documentId, picture.fileName(), picture.data(), editor);
				replacement = "<img src=\"attachment:" + attachment.id() + "\"" + matcher.group(2) + ">";
				stored.incrementAndGet();
			}
			catch (ContentRuleViolation refused) {
				skipped.add(messages.getMessage(refused.code(), refused.arguments(), LocaleContextHolder.getLocale()));
			}
			matcher.appendReplacement(body, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(body);
		return body.toString();
	}

	private static String baseName(String name) {
		int dot = name.lastIndexOf('.');
		return dot <= 0 ? name : name.substring(0, dot);
	}
}
