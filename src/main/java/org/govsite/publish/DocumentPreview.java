package org.govsite.publish;

import org.govsite.content.ContentCatalog;
import org.govsite.content.PublishedDocument;
import org.govsite.identity.StaffAccess;
import org.govsite.platform.NotFound;
import org.govsite.publish.internal.Preview;
import org.govsite.publish.internal.SitePublisher;
import org.govsite.publish.internal.Themes;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A document's newest version as its page will look, before release: rendered with its site's
 * theme and never written to disk, for staff with a role on the document's site.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAuthority('STAFF')")
public class DocumentPreview {

	private final ContentCatalog catalog;

	private final SitePublisher publisher;

	private final Themes themes;

	private final StaffAccess access;

	DocumentPreview(ContentCatalog catalog, SitePublisher publisher, Themes themes, StaffAccess access) {
		this.catalog = catalog;
		this.publisher = publisher;
		this.themes = themes;
		this.access = access;
	}

	/** The page of the document's draft; {@code base} is where the preview's relative links start. */
	public String preview(long documentId, String base) {
		return Preview.render(publisher, themes, catalog, draft(documentId), base);
	}

	/** A file a preview links to: the theme's assets, or one of the draft's attachments. */
	public PreviewFile previewFile(long documentId, String path) {
		return Preview.file(themes, catalog, draft(documentId), path).orElseThrow(() -> new NotFound("file", path));
	}

	private PublishedDocument draft(long documentId) {
		PublishedDocument draft = catalog.draft(documentId).orElseThrow(() -> new NotFound("document", documentId));
		if (!access.isSystemAdmin() && !SiteRoles.anyOn(access, draft.siteId())) {
			throw new NotFound("document", documentId);
		}
		return draft;
	}

}
