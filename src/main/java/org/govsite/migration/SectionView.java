package org.govsite.migration;

import org.jspecify.annotations.Nullable;

/**
 * An old site's section and the channel its documents go to.
 *
 * @param section its folder on the old site
 * @param label its name there (its index page's title)
 * @param documents detail pages found in it
 * @param suggestedChannelId the channel whose name fits best
 * @param channelId the channel the operator confirmed
 */
public record SectionView(String section, @Nullable String label, int documents, @Nullable Long suggestedChannelId,
		@Nullable Long channelId) {
}
