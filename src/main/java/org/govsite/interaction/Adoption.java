package org.govsite.interaction;

/** What became of an opinion in the final text: the adoption report (采用情况) says it and why not. */
public enum Adoption {
	ADOPTED, PARTLY, NOT_ADOPTED
}
