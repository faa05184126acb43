package org.govsite.publish.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.thymeleaf.standard.serializer.IStandardJavaScriptSerializer;

/**
 * Writes the values of {@code th:inline="javascript"} as JavaScript literals, from the view model
 * only: text, numbers, booleans, lists, maps and the view model's records (by their components).
 * Thymeleaf's own serializer (Jackson, or bean introspection) calls every getter of whatever it is
 * given, e.g. of the engine's context behind {@code #root}; anything else here is refused. Text is
 * escaped so that it cannot end the script element or the string.
 */
final class ViewModelJavaScript implements IStandardJavaScriptSerializer {

	@Override
	public void serializeValue(@Nullable Object value, Writer writer) {
		StringBuilder out = new StringBuilder();
		write(value, out);
		try {
			writer.write(out.toString());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void write(@Nullable Object value, StringBuilder out) {
		if (value == null) {
			out.append("null");
		}
		else if (value instanceof CharSequence || value instanceof Character) {
			text(value.toString(), out);
		}
		else if (value instanceof Number || value instanceof Boolean) {
			out.append(value);
		}
		else if (value instanceof Iterable<?> items) {
			out.append('[');
			String separator = "";
			for (Object item : items) {
				out.append(separator);
				write(item, out);
				separator = ",";
			}
			out.append(']');
		}
		else if (value instanceof Map<?, ?> map) {
			out.append('{');
			String separator = "";
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				out.append(separator);
				text(String.valueOf(entry.getKey()), out);
				out.append(':');
				write(entry.getValue(), out);
				separator = ",";
			}
			out.append('}');
		}
		else if (ViewModelAccessor.isViewModel(value.getClass())) {
			record(value, out);
		}
		else {
			throw new TemplateRefusal(PageText.text("page.template.refused.script"));
		}
	}

	private static void record(Object value, StringBuilder out) {
		out.append('{');
		String separator = "";
		for (Map.Entry<String, Method> component : ViewModelAccessor.components(value.getClass()).entrySet()) {
			out.append(separator);
			text(component.getKey(), out);
			out.append(':');
			try {
				write(component.getValue().invoke(value), out);
			}
			catch (IllegalAccessException | InvocationTargetException e) {
				throw new IllegalStateException(e);
			}
			separator = ",";
		}
		out.append('}');
	}

	private static void text(String text, StringBuilder out) {
		out.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\'' || c == '/' || c == '\u2028'
							|| c == '\u2029') {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}
}
