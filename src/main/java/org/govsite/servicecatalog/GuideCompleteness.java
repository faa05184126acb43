package org.govsite.servicecatalog;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * SPEC.md §8's completeness rule for service guides: which of the ten key elements a guide lacks,
 * and whether a site's guides are so incomplete that the inspection finds its services unusable.
 */
public final class GuideCompleteness {

	/** Default: a guide lacking this many key elements counts as a bad one … */
	public static final int MISSING_ELEMENTS = 4;

	/** … and this many bad guides make a site's services unusable (单项否决). */
	public static final int BAD_ITEMS = 5;

	private GuideCompleteness() {
	}

	/** The key elements the guide lacks, in the guide's order; empty when it is complete. */
	public static List<GuideElement> missing(ServiceGuide guide) {
		List<GuideElement> missing = new ArrayList<>();
		check(missing, GuideElement.NAME, guide.name());
		check(missing, GuideElement.BASIS, guide.basis());
		check(missing, GuideElement.CONDITIONS, guide.conditions());
		if (guide.materials().isEmpty() || guide.materials().stream().anyMatch(material -> blank(material.name()))) {
			missing.add(GuideElement.MATERIALS);
		}
		check(missing, GuideElement.PLACE, guide.place());
		check(missing, GuideElement.AGENCY, guide.agency());
		check(missing, GuideElement.FEES, guide.fees());
		check(missing, GuideElement.HOURS, guide.hours());
		check(missing, GuideElement.PHONE, guide.phone());
		if (blank(guide.process()) || blank(guide.timeLimit())) {
			missing.add(GuideElement.PROCESS);
		}
		return missing;
	}

	/**
	 * Whether the inspection fails the site's services: it offers no service at all, or at least
	 * {@link #BAD_ITEMS} of its guides lack at least {@link #MISSING_ELEMENTS} key elements.
	 */
	public static boolean unusable(List<ServiceGuide> guides) {
		return unusable(guides, MISSING_ELEMENTS, BAD_ITEMS);
	}

	public static boolean unusable(List<ServiceGuide> guides, int missingElements, int badItems) {
		if (guides.isEmpty()) {
			return true;
		}
		long bad = guides.stream().filter(guide -> missing(guide).size() >= missingElements).count();
		return bad >= badItems;
	}

	private static void check(List<GuideElement> missing, GuideElement element, @Nullable String value) {
		if (blank(value)) {
			missing.add(element);
		}
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}
}
