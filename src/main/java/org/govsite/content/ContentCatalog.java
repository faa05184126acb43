package org.govsite.content;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.modulith.NamedInterface;

/**
 * What is live, for the publisher: read-only, no permission checks, fast. A channel's entries are
 * ordered as its list pages show them: pinned first, then by manual order, then newest first.
 * Placements whose expiry has passed at {@code now} are not entries.
 */
@NamedInterface("catalogue")
public interface ContentCatalog {

	Optional<PublishedDocument> published(long documentId);

	/**
	 * The newest version of a document, live or not, shaped as it would be published: for the
	 * preview staff see before release. The caller checks that the viewer may see it.
	 */
	Optional<PublishedDocument> draft(long documentId);

	/** Where a live document shows now. */
	List<PlacementView> placements(long documentId);

	/** A page of a channel's entries. */
	List<ChannelEntry> entries(long channelId, Instant now, int offset, int limit);

	int countEntries(long channelId, Instant now);

	/**
	 * The first entries of each of these channels, as {@link #entries} gives them from offset 0, read
	 * in one query: every channel asked for is a key, with no entries if it has none.
	 */
	java.util.Map<Long, List<ChannelEntry>> firstEntries(java.util.Collection<Long> channelIds, Instant now, int limit);

	/** The newest entries of a channel and all channels below it, for home-page blocks and feeds. */
	List<ChannelEntry> latest(List<Long> channelIds, Instant now, int limit);

	/** Every live document placed in a channel of the site, streamed in id order (a full publish of 100,000). */
	void forEachPublished(long siteId, Consumer<PublishedDocument> action);

	/** When the site's content last changed, for the 更新日期 of its pages. */
	Optional<Instant> lastUpdate(long siteId);

	/**
	 * The live documents placed in the site whose live version has disclosure metadata and a
	 * 索引号, by 索引号: the disclosure catalogue, read without the documents' bodies.
	 */
	List<CatalogueListing> catalogued(long siteId);

	/**
	 * The documents of these sites to disclose proactively whose newest version is not live yet
	 * (not withdrawn, not archived), for the 20-working-day rule of proactive disclosure.
	 */
	List<PendingDisclosure> pendingDisclosures(java.util.Collection<Long> siteIds);

	/** The bytes of an attachment; the caller closes the stream. */
	InputStream openAttachment(long attachmentId);
}
