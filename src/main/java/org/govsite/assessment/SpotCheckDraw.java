package org.govsite.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A reproducible random draw of sites for the quarterly spot check (SPEC.md §9: at least half the
 * group). The sites are put in id order and shuffled with {@link Random}, whose algorithm Java
 * fixes, so anyone holding the seed draws the same sites again.
 */
public final class SpotCheckDraw {

	/** The least share the checklist's rhythm asks for, in per cent. */
	public static final int LEAST_SHARE = 50;

	private SpotCheckDraw() {
	}

	/** The drawn sites, in the order drawn: the share in per cent of them, rounded up. */
	public static List<Long> draw(Collection<Long> siteIds, long seed, int share) {
		if (share < LEAST_SHARE || share > 100) {
			throw new IllegalArgumentException("A spot check draws between 50 and 100 per cent: " + share);
		}
		List<Long> ordered = new ArrayList<>(siteIds.stream().distinct().sorted().toList());
		Collections.shuffle(ordered, new Random(seed));
		int count = (ordered.size() * share + 99) / 100;
		return List.copyOf(ordered.subList(0, count));
	}
}
