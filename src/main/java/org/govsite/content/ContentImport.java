package org.govsite.content;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * For system use only (demo data, benchmarks, migrations from an old CMS): writes documents
 * straight into the library as published, in batches, without review, permission checks or
 * events. The caller runs a full publish of the site afterwards. Bodies are still sanitized.
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
	 * Stores a file (typed by its content and refused like any upload) for documents about to be
	 * imported: give its id as a cover or attachment in their {@link DocumentContent}; the import
	 * then binds it to its document.
	 */
	AttachmentRef storeFile(String fileName, byte[] content);

	/**
	 * Names the document that replaces or amends a policy no longer 有效, by the rules the library
	 * applies to editors (another document, no cycle).
	 */
	void replace(long documentId, long replacementId, String actor);
}
