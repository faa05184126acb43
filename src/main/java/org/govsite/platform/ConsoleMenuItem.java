package org.govsite.platform;

import java.util.function.Predicate;

import org.springframework.security.core.Authentication;

/**
 * An entry of the console's menu. Each module declares its own entries as beans; the console
 * shows a user the ones visible to them, in order.
 *
 * @param labelKey message-bundle key of the entry's label
 * @param path where the entry leads, under {@code /admin}
 * @param order position in the menu, smaller first
 * @param visibleTo who sees the entry
 */
public record ConsoleMenuItem(String labelKey, String path, int order, Predicate<Authentication> visibleTo) {

	/** An entry for users holding any of the given authorities. */
	public static ConsoleMenuItem forAuthorities(String labelKey, String path, int order, String... authorities) {
		return new ConsoleMenuItem(labelKey, path, order, authentication -> authentication.getAuthorities()
			.stream()
			.anyMatch(granted -> java.util.Arrays.asList(authorities).contains(granted.getAuthority())));
	}
}
