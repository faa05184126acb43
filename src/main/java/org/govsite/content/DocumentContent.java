package org.govsite.content;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * What an editor writes: the text of one version of a document. The body is sanitized when saved.
 *
 * @param title 标题
 * @param subtitle 副标题
 * @param body 正文, HTML; pictures as {@code <img src="attachment:<id>">}
 * @param summary 摘要
 * @param source 来源
 * @param author 作者
 * @param responsibleEditor 责任编辑
 * @param coverId the cover image, an attachment of the document
 * @param attachmentIds 附件, in order: attachments of the document
 * @param keywords 关键词
 * @param displayDate the publish date to show, if not the date of first release (never in the future)
 * @param linkUrl where an external link leads (http or https)
 * @param reprint whether it is reprinted (转载) from another source, named in {@code source}
 * @param reprintUrl where the original is
 * @param nonGovernmentSource whether that source is not a government body: flagged for an extra review level
 * @param policyId the policy document an interpretation explains
 * @param disclosure the disclosure metadata of a policy document
 */
@NamedInterface("import")
public record DocumentContent(String title, @Nullable String subtitle, String body, @Nullable String summary,
		@Nullable String source, @Nullable String author, @Nullable String responsibleEditor, @Nullable Long coverId,
		List<Long> attachmentIds, List<String> keywords, @Nullable Instant displayDate, @Nullable String linkUrl,
		boolean reprint, @Nullable String reprintUrl, boolean nonGovernmentSource, @Nullable Long policyId,
		@Nullable DisclosureMetadata disclosure) {

	public DocumentContent {
		attachmentIds = List.copyOf(attachmentIds);
		keywords = List.copyOf(keywords);
	}

	/** A plain article with just a title and a body, for tests and imports. */
	public static DocumentContent of(String title, String body) {
		return new DocumentContent(title, null, body, null, null, null, null, null, List.of(), List.of(), null, null,
				false, null, false, null, null);
	}

	public DocumentContent withBody(String newBody) {
		return new DocumentContent(title, subtitle, newBody, summary, source, author, responsibleEditor, coverId,
				attachmentIds, keywords, displayDate, linkUrl, reprint, reprintUrl, nonGovernmentSource, policyId,
				disclosure);
	}

	public DocumentContent withPolicy(@Nullable Long newPolicyId) {
		return new DocumentContent(title, subtitle, body, summary, source, author, responsibleEditor, coverId,
				attachmentIds, keywords, displayDate, linkUrl, reprint, reprintUrl, nonGovernmentSource, newPolicyId,
				disclosure);
	}

	public DocumentContent withDisclosure(@Nullable DisclosureMetadata newDisclosure) {
		return new DocumentContent(title, subtitle, body, summary, source, author, responsibleEditor, coverId,
				attachmentIds, keywords, displayDate, linkUrl, reprint, reprintUrl, nonGovernmentSource, policyId,
				newDisclosure);
	}

	public DocumentContent withReprint(String newSource, boolean nonGovernment) {
		return new DocumentContent(title, subtitle, body, summary, newSource, author, responsibleEditor, coverId,
				attachmentIds, keywords, displayDate, linkUrl, true, reprintUrl, nonGovernment, policyId, disclosure);
	}

	public DocumentContent withLink(String url) {
		return new DocumentContent(title, subtitle, body, summary, source, author, responsibleEditor, coverId,
				attachmentIds, keywords, displayDate, url, reprint, reprintUrl, nonGovernmentSource, policyId, disclosure);
	}

	public DocumentContent withAttachments(@Nullable Long newCoverId, List<Long> newAttachmentIds) {
		return new DocumentContent(title, subtitle, body, summary, source, author, responsibleEditor, newCoverId,
				newAttachmentIds, keywords, displayDate, linkUrl, reprint, reprintUrl, nonGovernmentSource, policyId,
				disclosure);
	}
}
