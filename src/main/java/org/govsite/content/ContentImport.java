package org.govsite.content;

import java.util.List;

/**
 * For system use only (demo data, benchmarks, migrations from an old CMS): writes documents
 * straight into the library as published, in batches, without review, permission checks or
 * events. The caller runs a full publish of the site afterwards. Bodies are still sanitized.
 */
public interface ContentImport {

	/**
	 * Stores the documents of the site as live, each with one version and its placements (channels
	 * of any site), in one transaction.
	 *
	 * @return the new documents' ids, in the order given
	 */
	List<Long> importPublished(long siteId, List<ImportedDocument> documents);
}
