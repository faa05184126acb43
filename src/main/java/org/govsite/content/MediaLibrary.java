package org.govsite.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.govsite.content.internal.Attachments;
import org.govsite.content.internal.ContentStore;
import org.govsite.content.internal.Library;
import org.govsite.content.internal.MediaQueries;
import org.govsite.identity.StaffAccess;
import org.govsite.platform.NotFound;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A site's media library (媒体库): the pictures and files uploaded to its documents, found by name,
 * kind or uploader, with where each is used, and taken again by another document of the site as a
 * 附件, its 题图 or a picture of its 正文, without uploading it again.
 */
@Service
@Transactional(readOnly = true)
public class MediaLibrary {

	private final MediaQueries queries;

	private final ContentStore store;

	private final Attachments attachments;

	private final Library library;

	private final StaffAccess staff;

	MediaLibrary(MediaQueries queries, ContentStore store, Attachments attachments, Library library, StaffAccess staff) {
		this.queries = queries;
		this.store = store;
		this.attachments = attachments;
		this.library = library;
		this.staff = staff;
	}

	/** A page of the library, newest first. */
	@PreAuthorize("@contentAccess.mayReadSite(#query.siteId())")
	public List<MediaFile> find(MediaQuery query, int offset, int limit) {
		return queries.find(query, offset, limit);
	}

	@PreAuthorize("@contentAccess.mayReadSite(#query.siteId())")
	public int count(MediaQuery query) {
		return queries.count(query);
	}

	/**
	 * The document takes a file of its site's library; a 附件 or 题图 is saved as a new version, a
	 * picture for the 正文 waits in the editor's picture list.
	 *
	 * @return the document's own file of that content
	 * @throws ContentRuleViolation when the file is of another site's library, or not a picture
	 * where a picture is needed
	 */
	@Transactional
	@PreAuthorize("@contentAccess.mayEdit(#documentId)")
	public AttachmentRef reuse(long documentId, long fileId, MediaUse use) {
		DocumentView document = library.view(documentId);
		AttachmentRef file = store.attachment(fileId).orElseThrow(() -> new NotFound("attachment", fileId));
		long fileSite = queries.siteOfFile(fileId).orElseThrow(() -> new NotFound("attachment", fileId));
		if (fileSite != document.siteId()) {
			throw new ContentRuleViolation("content.media.otherSite", file.fileName());
		}
		if (use != MediaUse.ATTACHMENT && !attachments.isPicture(file)) {
			throw new ContentRuleViolation("content.media.notPicture", file.fileName());
		}
		AttachmentRef own = document.files()
			.stream()
			.filter(candidate -> candidate.sha256().equals(file.sha256()))
			.findFirst()
			.orElseGet(() -> attachments.reuse(documentId, file, CurrentActor.of(staff)));
		DocumentContent content = document.content();
		List<Long> listed = new ArrayList<>(content.attachmentIds());
		Long cover = content.coverId();
		switch (use) {
			case ATTACHMENT -> {
				if (!listed.contains(own.id())) {
					listed.add(own.id());
				}
			}
			case COVER -> cover = own.id();
			case BODY -> {
				return own;
			}
		}
		if (!listed.equals(content.attachmentIds()) || !Objects.equals(cover, content.coverId())) {
			library.save(documentId, content.withAttachments(cover, listed), CurrentActor.of(staff));
		}
		return own;
	}
}
