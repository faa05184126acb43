package org.govsite.publish.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.PropertyAccessor;
import org.springframework.expression.TypedValue;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.engine.IterationStatusVar;

/**
 * What {@code a.b} may read in a site template, and nothing else: the page's variables (the root),
 * the components of the view model's records (records of this package, see {@link Views}), the
 * entries of a map, and the iteration status of {@code th:each}. Read only; no getter, field or
 * method of any other type is reachable, so {@code x.class} or {@code x.classLoader} find nothing.
 */
final class ViewModelAccessor implements PropertyAccessor {

	private static final Set<String> ITERATION = Set.of("index", "count", "size", "current", "even", "odd", "first",
			"last");

	/** Each view-model record's component accessors by name, found once per class. */
	private static final ClassValue<Map<String, Method>> COMPONENTS = new ClassValue<>() {
		@Override
		protected Map<String, Method> computeValue(Class<?> type) {
			Map<String, Method> accessors = new LinkedHashMap<>();
			if (isViewModel(type)) {
				for (RecordComponent component : type.getRecordComponents()) {
					Method accessor = component.getAccessor();
					accessor.setAccessible(true);
					accessors.put(component.getName(), accessor);
				}
			}
			return Collections.unmodifiableMap(accessors);
		}
	};

	/** The components of a view-model record by name, in declaration order; empty for any other type. */
	static Map<String, Method> components(Class<?> type) {
		return COMPONENTS.get(type);
	}

	static boolean isViewModel(Class<?> type) {
		return type.isRecord() && type.getPackageName().equals(ViewModelAccessor.class.getPackageName());
	}

	@Override
	public Class<?> @Nullable [] getSpecificTargetClasses() {
		return null;
	}

	@Override
	public boolean canRead(EvaluationContext context, @Nullable Object target, String name) {
		if (target == null) {
			return false;
		}
		return target instanceof IExpressionContext || target instanceof Map<?, ?>
				|| target instanceof IterationStatusVar && ITERATION.contains(name)
				|| COMPONENTS.get(target.getClass()).containsKey(name);
	}

	@Override
	public TypedValue read(EvaluationContext context, @Nullable Object target, String name) throws AccessException {
		if (target == null) {
			throw new AccessException("Not part of the view model: " + name);
		}
		return new TypedValue(value(target, name));
	}

	/** What {@link #canRead} allows, looked up once (SpEL reads with the accessor it found before without asking again). */
	private static @Nullable Object value(Object target, String name) throws AccessException {
		if (target instanceof IExpressionContext variables) {
			return variables.getVariable(name);
		}
		if (target instanceof Map<?, ?> map) {
			return map.get(name);
		}
		if (target instanceof IterationStatusVar status) {
			if (!ITERATION.contains(name)) {
				throw new AccessException("Not part of the view model: " + name);
			}
			return iteration(status, name);
		}
		Method accessor = COMPONENTS.get(target.getClass()).get(name);
		if (accessor == null) {
			throw new AccessException("Not part of the view model: " + name);
		}
		try {
			return accessor.invoke(target);
		}
		catch (IllegalAccessException | InvocationTargetException e) {
			throw new AccessException("Cannot read " + name, e);
		}
	}

	private static @Nullable Object iteration(IterationStatusVar status, String name) {
		return switch (name) {
			case "index" -> status.getIndex();
			case "count" -> status.getCount();
			case "size" -> status.getSize();
			case "current" -> status.getCurrent();
			case "even" -> status.isEven();
			case "odd" -> status.isOdd();
			case "first" -> status.isFirst();
			default -> status.isLast();
		};
	}

	@Override
	public boolean canWrite(EvaluationContext context, @Nullable Object target, String name) {
		return false;
	}

	@Override
	public void write(EvaluationContext context, @Nullable Object target, String name, @Nullable Object newValue)
			throws AccessException {
		throw new AccessException("Site templates do not write");
	}
}
