package org.govsite.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A document as its editors and reviewers see it: its workflow, its newest version, its files,
 * where it is placed and its timeline.
 *
 * @param id the document
 * @param siteId the site that owns it
 * @param type its kind
 * @param state where it is in the workflow
 * @param reviewLevel the level reviewing now (1 = 一审), 0 outside review
 * @param requiredLevels the levels its review takes (fixed at submission)
 * @param proofreading whether the editor proofreads after review
 * @param createdBy its author
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param currentVersion the newest version's number
 * @param liveVersion the live version's number, {@code null} when not live
 * @param firstPublishedAt when it first went live
 * @param scheduledPublishAt when it is to be released once approved
 * @param scheduledWithdrawAt when it is to be taken down
 * @param archivedOn when it was archived
 * @param nonGovernmentReprint whether it is flagged as a reprint from a non-government source
 * @param secrecyNote why it was referred to the secrecy office, while held
 * @param content the newest version's text
 * @param files every file uploaded to the document (pictures, attachments, cover)
 * @param placements where it is placed (showing only while live)
 * @param history its timeline, oldest first
 * @param related its policy document or its interpretations
 * @param editors who wrote or edited it: none of them may review it
 */
public record DocumentView(long id, long siteId, DocumentType type, DocumentState state, int reviewLevel,
		int requiredLevels, boolean proofreading, String createdBy, Instant createdAt, Instant updatedAt,
		int currentVersion, @Nullable Integer liveVersion, @Nullable Instant firstPublishedAt,
		@Nullable Instant scheduledPublishAt, @Nullable Instant scheduledWithdrawAt, @Nullable LocalDate archivedOn,
		boolean nonGovernmentReprint, @Nullable String secrecyNote, DocumentContent content, List<AttachmentRef> files,
		List<PlacementView> placements, List<HistoryEntryView> history,
		List<PublishedDocument.RelatedDocument> related, List<String> editors) {

	public boolean live() {
		return liveVersion != null;
	}
}
