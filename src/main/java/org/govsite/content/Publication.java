package org.govsite.content;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * Where a live document's page stands in one site: waiting to be written, being written, on line
 * (with its address and that of its traditional-Chinese copy), or held up by a failed publish.
 *
 * @param siteId the site showing the document
 * @param siteName its name
 * @param state where the page stands
 * @param url the page's public address, once written
 * @param traditionalUrl the address of its traditional-Chinese copy, once written
 */
@NamedInterface("catalogue")
public record Publication(long siteId, String siteName, State state, @Nullable String url,
		@Nullable String traditionalUrl) {

	public enum State {

		/** 排队待发布 */
		QUEUED,

		/** 正在发布 */
		PUBLISHING,

		/** 已上线 */
		LIVE,

		/** 发布失败 (the publisher retries and reports it) */
		FAILED
	}
}
