package org.govsite.content.internal;

/**
 * What review a document needs: the levels (一审, 二审, 三审) and whether the editor proofreads
 * after them. A document placed in several channels follows the strictest.
 */
public record ReviewRequirement(int levels, boolean proofreading) {

	public ReviewRequirement {
		if (levels < 1 || levels > 3) {
			throw new IllegalArgumentException("1 to 3 review levels, not " + levels);
		}
	}

	/** The stricter of the two: more levels, and proofreading if either asks for it. */
	public ReviewRequirement strictest(ReviewRequirement other) {
		return new ReviewRequirement(Math.max(levels, other.levels), proofreading || other.proofreading);
	}
}
