package org.govsite.content;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.modulith.NamedInterface;

/**
 * 主题分类 (SPEC.md §5): the first level as the central portal uses it, and under each its usual
 * second levels, shipped as data ({@code content/subject-categories.txt}). A document's category
 * is the first level, optionally followed by {@code /} and a second level; second levels are
 * editable lists, so any second level under a known first level is accepted.
 */
@NamedInterface("catalogue")
public final class SubjectCategories {

	/** Each first level with its second levels, in the list's order. */
	public static final Map<String, List<String>> LEVELS = load("/content/subject-categories.txt");

	public static final List<String> FIRST_LEVEL = List.copyOf(LEVELS.keySet());

	private SubjectCategories() {
	}

	/** Whether the category starts with a known first level. */
	public static boolean isValid(String category) {
		int slash = category.indexOf('/');
		String first = slash < 0 ? category : category.substring(0, slash);
		return FIRST_LEVEL.contains(first.strip()) && (slash < 0 || !category.substring(slash + 1).isBlank());
	}

	static Map<String, List<String>> load(String resource) {
		Map<String, List<String>> levels = new LinkedHashMap<>();
		try (InputStream in = Objects.requireNonNull(SubjectCategories.class.getResourceAsStream(resource), resource);
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			List<String> current = null;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				if (Character.isWhitespace(line.charAt(0))) {
					Objects.requireNonNull(current, "a second level before any first level").add(line.strip());
				}
				else {
					current = new ArrayList<>();
					levels.put(line.strip(), current);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Map<String, List<String>> fixed = new LinkedHashMap<>();
		levels.forEach((first, second) -> fixed.put(first, List.copyOf(second)));
		return Collections.unmodifiableMap(fixed);
	}
}
