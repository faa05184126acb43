package org.govsite.content;

/**
 * The review a channel asks for.
 *
 * @param channelId the channel
 * @param levels 1 to 3 (一审, 二审, 三审)
 * @param proofreading whether the editor proofreads after review
 * @param own whether the channel sets it (else it is the platform's default)
 */
public record ReviewPolicy(long channelId, int levels, boolean proofreading, boolean own) {

	/** A change for the audit trail, before → after: {@code levels 1→3, proofreading false→true}. */
	public static String describeChange(ReviewPolicy before, ReviewPolicy after) {
		return "levels " + before.levels + "→" + after.levels + ", proofreading " + before.proofreading + "→"
				+ after.proofreading;
	}
}
