package org.govsite.content;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * For system use only (demo data, benchmarks, migrations from an old CMS): writes documents
 * straight into the library, in batches, without permission checks or events: as published
 * (the caller runs a full publish of the site afterwards), or as submitted for review. Bodies
 * are still sanitized.
 */
@NamedInterface("import")
public interface ContentImport {

	/**
	 * Stores the documents of the site as live, each with one version and its placements (channels
	 * of any site), in one transaction.
	 *
	 * @return the new documents' ids, in the order given
	 */
	List<Long> importPublished(long siteId, List<ImportedDocument> documents);

	/**
	 * Stores the documents of the site as submitted for review by their authors (审核中, at the
	 * first of the levels their channels ask for), in one transaction. Each keeps its
	 * {@link ImportedDocument#publishedAt} as its display date, on record as 倒签 when before today,
	 * so that once reviewed and released it shows its original date. Its placements show when it
	 * is released; the reviewers find it in their queue (no notice per document: an import of
	 * thousands would bury their inbox).
	 *
	 * @return the new documents' ids, in the order given
	 */
	List<Long> importForReview(long siteId, List<ImportedDocument> documents);

	/**
	 * Stores a file (typed by its content and refused like any upload) for documents about to be
	 * imported: give its id as a cover or attachment in their {@link DocumentContent}; the import
	 * then binds it to its document.
	 */
	AttachmentRef storeFile(String fileName, byte[] content);

	/**
	 * Reads a Word file (.docx) as a document's body with the library's converter.
	 *
	 * @throws ContentRuleViolation {@code content.import.unreadable} naming the file, when it is
	 * not a readable .docx (damaged, disguised, a zip bomb)
	 */
	WordDocument readWord(String fileName, byte[] docx);

	/**
	 * Names the document that replaces or amends a policy no longer 有效, by the rules the library
	 * applies to editors (another document, no cycle).
	 */
	void replace(long documentId, long replacementId, String actor);
}
