package org.govsite.interaction;

/** A survey question: one option, any options, or the citizen's own words. */
public enum QuestionKind {
	SINGLE, MULTIPLE, TEXT
}
