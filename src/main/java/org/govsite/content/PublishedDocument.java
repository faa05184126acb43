package org.govsite.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A document as it is live: what its page shows. The body is sanitized HTML, safe to insert
 * unescaped into a page; in it, pictures refer to attachments as {@code attachment:<id>}, which the
 * publisher rewrites to the published file's address.
 *
 * @param id the document's id
 * @param siteId the site that owns it (its 来源站点)
 * @param type its kind
 * @param title 标题
 * @param subtitle 副标题
 * @param body 正文, sanitized HTML
 * @param summary 摘要
 * @param source 来源
 * @param author 作者
 * @param responsibleEditor 责任编辑
 * @param cover the cover image
 * @param attachments 附件, in order
 * @param keywords 关键词
 * @param publishedAt the publish date shown on the page
 * @param updatedAt when the live version last changed
 * @param disclosure the disclosure metadata of a policy document, else null
 * @param related the linked documents shown on this page: a policy's interpretations, an
 * interpretation's policy
 * @param linkUrl where an external link leads
 * @param archivedOn when it was archived (the page stays, marked 已归档), else null
 * @param firstPublishedAt when it really went live first: the page's PubDate, whatever date it shows
 * @param replacedBy for a policy no longer 有效 (失效, 废止, 已修改), the live document that replaces or
 * amends it, else null
 */
@NamedInterface("catalogue")
public record PublishedDocument(long id, long siteId, DocumentType type, String title, @Nullable String subtitle,
		String body, @Nullable String summary, @Nullable String source, @Nullable String author,
		@Nullable String responsibleEditor, @Nullable AttachmentRef cover, List<AttachmentRef> attachments,
		List<String> keywords, Instant publishedAt, Instant updatedAt, @Nullable DisclosureMetadata disclosure,
		List<RelatedDocument> related, @Nullable String linkUrl, @Nullable LocalDate archivedOn,
		Instant firstPublishedAt, @Nullable RelatedDocument replacedBy) {

	/** A document whose page names no replacement. */
	public PublishedDocument(long id, long siteId, DocumentType type, String title, @Nullable String subtitle,
			String body, @Nullable String summary, @Nullable String source, @Nullable String author,
			@Nullable String responsibleEditor, @Nullable AttachmentRef cover, List<AttachmentRef> attachments,
			List<String> keywords, Instant publishedAt, Instant updatedAt, @Nullable DisclosureMetadata disclosure,
			List<RelatedDocument> related, @Nullable String linkUrl, @Nullable LocalDate archivedOn,
			Instant firstPublishedAt) {
		this(id, siteId, type, title, subtitle, body, summary, source, author, responsibleEditor, cover, attachments,
				keywords, publishedAt, updatedAt, disclosure, related, linkUrl, archivedOn, firstPublishedAt, null);
	}

	/** A document linked from this one's page. */
	public record RelatedDocument(long id, DocumentType type, String title) {
	}
}
