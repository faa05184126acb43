package org.govsite.content.internal;

import java.time.Clock;

import org.govsite.content.AttachmentRef;
import org.govsite.content.ContentRuleViolation;
import org.govsite.platform.NotFound;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files uploaded to a document: checked for size and typed by content ({@link FileTypes}),
 * stored by digest ({@link UploadStore}), named for display with the extension of the type they
 * really are. A refusal names the file and why, in Chinese.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class Attachments {

	static final int NAME_MAX = 100;

	private final FileTypes types;

	private final UploadStore uploads;

	private final ContentStore store;

	private final DocumentRepository documents;

	private final ContentSettings settings;

	private final Clock clock;

	Attachments(FileTypes types, UploadStore uploads, ContentStore store, DocumentRepository documents,
			ContentSettings settings, Clock clock) {
		this.types = types;
		this.uploads = uploads;
		this.store = store;
		this.documents = documents;
		this.settings = settings;
		this.clock = clock;
	}

	public AttachmentRef upload(long documentId, String uploadedName, byte[] content, String by) {
		return store(documentId, uploadedName, content, by, false);
	}

	/** A picture for the body: refused, and not stored, when it is not a picture the web can show. */
	public AttachmentRef uploadPicture(long documentId, String uploadedName, byte[] content, String by) {
		return store(documentId, uploadedName, content, by, true);
	}

	/** A file not yet bound to a document, for an import that binds it. */
	public AttachmentRef storeForImport(String uploadedName, byte[] content, String by) {
		return store(null, uploadedName, content, by, false);
	}

	/**
	 * Why the file would be refused, or null: for an import that leaves such a picture out rather
	 * than failing (thrown, the refusal would spoil the caller's transaction).
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public @Nullable ContentRuleViolation refusal(String uploadedName, byte[] content, boolean picture) {
		String name = displayName(uploadedName);
		if (content.length > settings.maxUploadSize().toBytes()) {
			return new ContentRuleViolation("content.upload.tooLarge", name, settings.maxUploadSize().toMegabytes());
		}
		if (content.length == 0) {
			return new ContentRuleViolation("content.upload.empty", name);
		}
		FileTypes.Detected detected = types.detect(content, name);
		if (picture && !FileTypes.PICTURES.contains(detected.mediaType())) {
			return new ContentRuleViolation("content.upload.notPicture", name);
		}
		if (!detected.accepted()) {
			return new ContentRuleViolation("content.upload.refused", name, detected.mediaType());
		}
		return null;
	}

	private AttachmentRef store(@Nullable Long documentId, String uploadedName, byte[] content, String by,
			boolean picture) {
		if (documentId != null && !documents.existsById(documentId)) {
			throw new NotFound("document", documentId);
		}
		String name = displayName(uploadedName);
		ContentRuleViolation refusal = refusal(uploadedName, content, picture);
		if (refusal != null) {
			throw refusal;
		}
		FileTypes.Detected detected = types.detect(content, name);
		String shown = baseName(name) + "." + FileTypes.extensionOf(detected.mediaType());
		UploadStore.Stored stored = uploads.store(content);
		long id = store.insertAttachment(documentId, shown, detected.mediaType(), stored.size(), stored.sha256(), by,
				clock.instant());
		return new AttachmentRef(id, shown, detected.mediaType(), stored.size(), stored.sha256());
	}

	/**
	 * A file of the media library taken by another document of the site: an upload of the same
	 * content (its stored file is shared, not copied), so that the document's versions refer to
	 * files of its own and its reviewers see what it shows.
	 */
	public AttachmentRef reuse(long documentId, AttachmentRef file, String by) {
		long id = store.insertAttachment(documentId, file.fileName(), file.mediaType(), file.size(), file.sha256(), by,
				clock.instant());
		return new AttachmentRef(id, file.fileName(), file.mediaType(), file.size(), file.sha256());
	}

	/** The file's own name without any folder, control characters or excess length. */
	static String displayName(String uploaded) {
		String name = uploaded == null ? "" : uploaded.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
		if (name.isEmpty()) {
			name = "附件";
		}
		return name.length() > NAME_MAX ? name.substring(name.length() - NAME_MAX) : name;
	}

	private static String baseName(String name) {
		int dot = name.lastIndexOf('.');
		return dot <= 0 ? name : name.substring(0, dot);
	}

	public boolean isPicture(AttachmentRef attachment) {
		return FileTypes.PICTURES.contains(attachment.mediaType());
	}
}
