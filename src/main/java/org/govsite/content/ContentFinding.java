package org.govsite.content;

/**
 * Something a {@link ContentChecker} found.
 *
 * @param checker a short name of the check, shown with the finding (e.g. 敏感词)
 * @param message what was found and why it matters, in Chinese
 * @param excerpt the text concerned
 * @param blocking whether the document may not be submitted while it is there
 */
public record ContentFinding(String checker, String message, String excerpt, boolean blocking) {
}
