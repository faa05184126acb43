package org.govsite.servicecatalog;

/**
 * A file a guide offers to download (空白表格, 填写说明, 示例样表).
 *
 * @param content its bytes (empty in lists)
 */
public record FormFile(long id, long siteId, String name, String contentType, long size, byte[] content) {

	/** Where the public downloads it. */
	public String address() {
		return org.govsite.servicecatalog.internal.GuidePages.file(id);
	}
}
