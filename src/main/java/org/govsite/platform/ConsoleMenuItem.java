package org.govsite.platform;

import java.util.function.Predicate;
import java.util.function.ToIntFunction;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;

/**
 * An entry of the console's menu. Each module declares its own entries as beans; the console
 * shows a user the ones visible to them, in order.
 *
 * @param labelKey message-bundle key of the entry's label
 * @param path where the entry leads, under {@code /admin}
 * @param order position in the menu, smaller first
 * @param visibleTo who sees the entry
 * @param count what number to show beside the label, if any
 */
public record ConsoleMenuItem(String labelKey, String path, int order, Predicate<Authentication> visibleTo,
		@Nullable ToIntFunction<Authentication> count) {

	/** An entry without a count. */
	public ConsoleMenuItem(String labelKey, String path, int order, Predicate<Authentication> visibleTo) {
		this(labelKey, path, order, visibleTo, null);
	}

	/** The same entry showing a number beside its label (unread messages, work waiting) when above zero. */
	public ConsoleMenuItem counting(ToIntFunction<Authentication> counter) {
		return new ConsoleMenuItem(labelKey, path, order, visibleTo, counter);
	}

	/** The number to show for this user, 0 for none. */
	public int countFor(Authentication user) {
		return count == null ? 0 : count.applyAsInt(user);
	}

	/** An entry for users holding any of the given authorities. */
	public static ConsoleMenuItem forAuthorities(String labelKey, String path, int order, String... authorities) {
		return new ConsoleMenuItem(labelKey, path, order, authentication -> authentication.getAuthorities()
			.stream()
			.anyMatch(granted -> java.util.Arrays.asList(authorities).contains(granted.getAuthority())));
	}
}
