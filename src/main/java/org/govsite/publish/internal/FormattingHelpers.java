package org.govsite.publish.internal;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.MethodExecutor;
import org.springframework.expression.MethodResolver;
import org.springframework.expression.spel.support.ReflectiveMethodResolver;

/**
 * The only methods a site template may call: {@code #strings} and {@code #lists}, named as
 * Thymeleaf's own helpers and answering the same for these methods, but holding nothing and
 * returning only strings, numbers and booleans. Every other method, on any object, is not found.
 */
final class FormattingHelpers implements MethodResolver {

	/** The helpers by the name a template uses ({@code #strings}). */
	static final Map<String, Object> BY_NAME = Map.of("strings", new Strings(), "lists", new Lists());

	private final ReflectiveMethodResolver reflective = new ReflectiveMethodResolver();

	/** What {@link #resolve} found, by method name, then by the helper's and the arguments' classes. */
	private final Map<String, Map<List<Class<?>>, Resolved>> resolvedByName = new ConcurrentHashMap<>();

	FormattingHelpers() {
		for (Object helper : BY_NAME.values()) {
			Class<?> type = helper.getClass();
			// the helper's own formatting methods: not getClass, toString or anything inherited
			reflective.registerMethodFilter(type, methods -> methods.stream()
				.filter(method -> method.getDeclaringClass() == type && Modifier.isPublic(method.getModifiers())
						&& !Modifier.isStatic(method.getModifiers()) && !method.getName().equals("toString"))
				.toList());
		}
	}

	@Override
	public @Nullable MethodExecutor resolve(EvaluationContext context, Object target, String name,
			List<TypeDescriptor> argumentTypes) throws AccessException {
		if (!(target instanceof Strings) && !(target instanceof Lists)) {
			return null;
		}
		// SpEL keeps a call's executor only while the arguments' types stay the same, and a view
		// model's lists are of several classes (List.of() of none, one or more): resolving again
		// compared every parameter's generic type, for each call on each page
		List<Class<?>> key = new ArrayList<>(argumentTypes.size() + 2);
		key.add(target.getClass());
		for (TypeDescriptor type : argumentTypes) {
			key.add(type == null ? null : type.getType());
		}
		Resolved resolved = resolved(name, key);
		if (resolved != null) {
			return resolved.executor();
		}
		MethodExecutor executor = reflective.resolve(context, target, name, argumentTypes);
		resolvedByName.computeIfAbsent(name, any -> new ConcurrentHashMap<>()).put(key, new Resolved(executor));
		return executor;
	}

	private @Nullable Resolved resolved(String name, List<Class<?>> key) {
		Map<List<Class<?>>, Resolved> byTypes = resolvedByName.get(name);
		return byTypes == null ? null : byTypes.get(key);
	}

	/** A method found (or not: null) for a helper, a name and the arguments' classes. */
	private record Resolved(@Nullable MethodExecutor executor) {
	}

	/** {@code #strings}: null-safe text formatting. */
	public static final class Strings {

		@Override
		public String toString() {
			return "#strings";
		}

		public boolean isEmpty(@Nullable Object text) {
			return text == null || text.toString().isBlank();
		}

		public String defaultString(@Nullable Object text, String fallback) {
			return isEmpty(text) ? fallback : text.toString();
		}

		public int length(@Nullable Object text) {
			return text == null ? 0 : text.toString().length();
		}

		/** At most {@code maxSize} characters, the last three of them "..." when cut, as Thymeleaf's. */
		public @Nullable String abbreviate(@Nullable Object text, int maxSize) {
			if (text == null) {
				return null;
			}
			String value = text.toString();
			return value.length() <= maxSize ? value : value.substring(0, Math.max(0, maxSize - 3)) + "...";
		}

		public @Nullable String substring(@Nullable Object text, int start, int end) {
			if (text == null) {
				return null;
			}
			String value = text.toString();
			return value.substring(Math.min(start, value.length()), Math.min(end, value.length()));
		}

		public @Nullable String trim(@Nullable Object text) {
			return text == null ? null : text.toString().strip();
		}

		public @Nullable String toUpperCase(@Nullable Object text) {
			return text == null ? null : text.toString().toUpperCase(Locale.ROOT);
		}

		public @Nullable String toLowerCase(@Nullable Object text) {
			return text == null ? null : text.toString().toLowerCase(Locale.ROOT);
		}

		public @Nullable String replace(@Nullable Object text, String target, String replacement) {
			return text == null ? null : text.toString().replace(target, replacement);
		}

		public boolean contains(@Nullable Object text, String part) {
			return text != null && text.toString().contains(part);
		}

		public boolean startsWith(@Nullable Object text, String prefix) {
			return text != null && text.toString().startsWith(prefix);
		}

		public boolean endsWith(@Nullable Object text, String suffix) {
			return text != null && text.toString().endsWith(suffix);
		}
	}

	/** {@code #lists}: sizes of the view model's lists. */
	public static final class Lists {

		@Override
		public String toString() {
			return "#lists";
		}

		public boolean isEmpty(@Nullable Collection<?> list) {
			return list == null || list.isEmpty();
		}

		public int size(@Nullable Collection<?> list) {
			return list == null ? 0 : list.size();
		}

		public boolean contains(@Nullable Collection<?> list, @Nullable Object element) {
			return list != null && list.contains(element);
		}
	}
}
