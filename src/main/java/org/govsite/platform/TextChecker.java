package org.govsite.platform;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The content-check port: what an automatic check finds in a text a citizen wrote. Implemented by
 * the guard module (which depends on content and publish), so that modules below it, such as
 * interaction, check texts without depending on it. Without an implementation nothing is found.
 */
public interface TextChecker {

	List<Finding> check(String text);

	/**
	 * One finding.
	 *
	 * @param blocking the text may not go out while it is there (须修改)
	 * @param matched the text found, as written (masked for personal data)
	 * @param description what was found and what to write instead, in Chinese
	 * @param suggestion the right form, or null
	 */
	record Finding(boolean blocking, String matched, String description, @Nullable String suggestion) {
	}
}
