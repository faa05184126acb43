package org.govsite.platform;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text the console shows comes from the Chinese bundles: a key used in a template, or a
 * refusal code thrown in Java, that no bundle defines would show up as a raw code.
 */
class MessageKeysTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path SOURCES = Path.of("src/main/java");

	private static final Path BUNDLES = Path.of("src/main/resources/messages");

	/** {@code #{key}} or {@code #{key(args)}} with a literal key. */
	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.-]*)[}(]");

	/** A literal code given to a RuleViolation (or a subclass calling super). */
	private static final Pattern VIOLATION_CODE = Pattern.compile("(?:new RuleViolation|super)\\(\\s*\"([a-z][A-Za-z0-9_.-]*)\"");

	@Test
	void everyKeyATemplateUsesIsDefined() throws IOException {
		Set<String> missing = missing(TEMPLATES, ".html", TEMPLATE_KEY);
		assertThat(missing).as("keys used in templates but missing from messages/*.properties").isEmpty();
	}

	@Test
	void everyRefusalCodeIsDefined() throws IOException {
		Set<String> missing = missing(SOURCES, ".java", VIOLATION_CODE);
		assertThat(missing).as("RuleViolation codes missing from messages/*.properties").isEmpty();
	}

	private static Set<String> missing(Path root, String suffix, Pattern pattern) throws IOException {
		Properties bundle = bundle();
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
				Matcher matcher = pattern.matcher(Files.readString(file));
				while (matcher.find()) {
					if (!bundle.containsKey(matcher.group(1))) {
						missing.add(matcher.group(1) + " (" + root.relativize(file) + ")");
					}
				}
			}
		}
		return missing;
	}

	private static Properties bundle() throws IOException {
		Properties all = new Properties();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
				try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					all.load(reader);
				}
			}
		}
		return all;
	}
}
