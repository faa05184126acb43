package org.govsite.content;

import java.time.Clock;
import java.util.List;

import org.govsite.content.internal.Attachments;
import org.govsite.content.internal.ContentQueries;
import org.govsite.content.internal.ContentStore;
import org.govsite.content.internal.DocxImport;
import org.govsite.content.internal.Library;
import org.govsite.content.internal.Replacements;
import org.govsite.content.internal.Typesetter;
import org.govsite.content.internal.UploadStore;
import org.govsite.content.internal.VersionDiff;
import org.govsite.identity.StaffAccess;
import org.govsite.platform.NotFound;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library (信息资源库) for the console and the API: writing documents and their versions,
 * their files, and finding them. Editors of a site write its documents; whoever may read a site
 * reads them. Review is {@link ReviewWorkflow}'s, channels and the portal {@link Placements}'.
 */
@Service
@Transactional
public class DocumentLibrary {

	private final Library library;

	private final ContentQueries queries;

	private final ContentStore store;

	private final Attachments attachments;

	private final UploadStore uploads;

	private final Typesetter typesetter;

	private final DocxImport docxImport;

	private final StaffAccess staff;

	private final MessageSource messages;

	private final Clock clock;

	private final Replacements replacements;

	DocumentLibrary(Library library, ContentQueries queries, ContentStore store, Attachments attachments,
			UploadStore uploads, Typesetter typesetter, DocxImport docxImport, StaffAccess staff,
			MessageSource messages, Clock clock, Replacements replacements) {
		this.replacements = replacements;
		this.library = library;
		this.queries = queries;
		this.store = store;
		this.attachments = attachments;
		this.uploads = uploads;
		this.typesetter = typesetter;
		this.docxImport = docxImport;
		this.staff = staff;
		this.messages = messages;
		this.clock = clock;
	}

	// writing

	/** A new document of the site, with its first version. @return its id */
	@PreAuthorize("@contentAccess.mayWriteSite(#siteId)")
	public long create(long siteId, DocumentType type, DocumentContent content) {
		return library.create(siteId, type, content, actor());
	}

	/** Saves a new version. @return its number */
	@PreAuthorize("@contentAccess.mayEdit(#documentId)")
	public int save(long documentId, DocumentContent content) {
		return library.save(documentId, content, actor());
	}

	/** Makes an old version the newest again (as a new version). @return the new version's number */
	@PreAuthorize("@contentAccess.mayEdit(#documentId)")
	public int restore(long documentId, int version) {
		return library.restore(documentId, version, actor());
	}

	/**
	 * 一键排版: saves a new version whose body has the uniform shape the site's theme styles
	 * ({@code gs-typeset} container, plain paragraphs, {@code gs-image}, {@code gs-align-*}).
	 *
	 * @return the new version's number
	 */
	@PreAuthorize("@contentAccess.mayEdit(#documentId)")
	public int typeset(long documentId) {
		DocumentContent current = library.view(documentId).content();
		return library.save(documentId, current.withBody(typesetter.typeset(current.body())), actor());
	}

	/**
	 * Imports a Word document (.docx) as a new document of the site, placed in the channel if one
	 * is given: headings, paragraphs, lists, tables and pictures (stored as its attachments), without
	 * Word's fonts, sizes and colours. A file that is too large, not a .docx or unreadable is refused
	 * with a message naming it.
	 */
	@PreAuthorize("@contentAccess.mayWriteSite(#siteId) and (#channelId == null or @contentAccess.mayPlaceIn(#channelId))")
	public DocxImported importDocx(long siteId, DocumentType type, @Nullable Long channelId, String fileName,
			byte[] content) {
		return docxImport.importDocx(siteId, type, channelId, fileName, content, actor());
	}

	/**
	 * Names the document that replaces (失效, 废止) or amends (已修改) a policy no longer 有效: its
	 * page and the disclosure catalogue link to it. Refused, storing nothing, unless the target is
	 * another document of the library that is not (directly or not) replaced by this one.
	 */
	@PreAuthorize("@contentAccess.mayEdit(#documentId)")
	public void setReplacement(long documentId, long replacementId) {
		replacements.set(documentId, replacementId, actor());
	}

	@PreAuthorize("@contentAccess.mayEdit(#documentId)")
	public void clearReplacement(long documentId) {
		replacements.clear(documentId);
	}

	// reading

	/** The id of the document named as replacing or amending this one, if any. */
	@Transactional(readOnly = true)
	@PreAuthorize("@contentAccess.mayRead(#documentId)")
	public java.util.Optional<Long> replacement(long documentId) {
		return replacements.of(documentId);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("@contentAccess.mayRead(#documentId)")
	public DocumentView get(long documentId) {
		return library.view(documentId);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("@contentAccess.mayRead(#documentId)")
	public List<VersionSummary> versions(long documentId) {
		queries.requireDocument(documentId);
		return queries.versions(documentId);
	}

	/** Two versions compared: the fields that differ and the body paragraph by paragraph. */
	@Transactional(readOnly = true)
	@PreAuthorize("@contentAccess.mayRead(#documentId)")
	public VersionComparison compare(long documentId, int fromVersion, int toVersion) {
		var from = store.version(documentId, fromVersion)
			.orElseThrow(() -> new ContentRuleViolation("content.version.unknown", fromVersion));
		var to = store.version(documentId, toVersion)
			.orElseThrow(() -> new ContentRuleViolation("content.version.unknown", toVersion));
		return VersionDiff
			.labelled(value -> messages.getMessage(label(value), null, LocaleContextHolder.getLocale()), clock.getZone())
			.compare(documentId, fromVersion, from.content(), toVersion, to.content());
	}

	private static String label(Object value) {
		if (value instanceof Boolean yes) {
			return yes ? "content.yes" : "content.no";
		}
		String prefix = value instanceof Validity ? "content.validity." : "content.mode.";
		return prefix + ((Enum<?>) value).name();
	}

	/** The documents of the sites the user may read, newest change first. */
	@Transactional(readOnly = true)
	public List<DocumentSummary> list(DocumentFilter filter, int offset, int limit) {
		return queries.list(filter, queries.readableSites(filter.siteId()), offset, limit);
	}

	@Transactional(readOnly = true)
	public BoundedCount count(DocumentFilter filter) {
		return queries.count(filter, queries.readableSites(filter.siteId()));
	}

	// files

	/** A picture for the body (the editor's upload, a pasted picture): refused unless a JPEG, PNG, GIF or WebP. */
	@PreAuthorize("@contentAccess.mayEdit(#documentId)")
	public AttachmentRef uploadPicture(long documentId, String fileName, byte[] content) {
		return attachments.uploadPicture(documentId, fileName, content, actor());
	}

	/** Uploads a file to the document: typed by its content, refused with a reason when not accepted. */
	@PreAuthorize("@contentAccess.mayEdit(#documentId)")
	public AttachmentRef upload(long documentId, String fileName, byte[] content) {
		return attachments.upload(documentId, fileName, content, actor());
	}

	/** A file of a document the user may read, with its bytes. */
	@Transactional(readOnly = true)
	public StoredFile file(long attachmentId) {
		long documentId = store.documentOfAttachment(attachmentId)
			.orElseThrow(() -> new NotFound("attachment", attachmentId));
		if (!queries.mayRead(documentId)) {
			throw new AccessDeniedException("attachment " + attachmentId);
		}
		AttachmentRef ref = store.attachment(attachmentId).orElseThrow();
		return new StoredFile(ref, () -> uploads.open(ref.sha256()));
	}

	private String actor() {
		return CurrentActor.of(staff);
	}

}
