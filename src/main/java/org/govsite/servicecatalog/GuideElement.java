package org.govsite.servicecatalog;

/**
 * The ten key elements of a service guide (SPEC.md §8), in the order a guide shows them; each is
 * named to users through {@code servicecatalog.element.<name>}.
 */
public enum GuideElement {

	NAME, BASIS, CONDITIONS, MATERIALS, PLACE, AGENCY, FEES, HOURS, PHONE,
	/** 办理流程, which counts only with its time limit (办理时限). */
	PROCESS;

	public String messageKey() {
		return "servicecatalog.element." + name();
	}
}
