package org.govsite.platform;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;

/**
 * A bean that may be absent (or may only be reached lazily, to break a cycle), looked up once, on
 * first use, after the application has started. An {@link ObjectProvider} asks the bean factory on
 * every call, which on a request's path (every letter written) is a noticeable cost, and the most
 * when the bean is absent.
 */
public final class OptionalBean<T> {

	private final ObjectProvider<T> provider;

	private volatile @Nullable Optional<T> resolved;

	public OptionalBean(ObjectProvider<T> provider) {
		this.provider = provider;
	}

	/** The bean, or null when the application has none. */
	public @Nullable T get() {
		Optional<T> known = resolved;
		if (known == null) {
			known = Optional.ofNullable(provider.getIfAvailable());
			resolved = known;
		}
		return known.orElse(null);
	}
}
