package org.govsite.platform;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
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

	/** A class declaration with its superclass. */
	private static final Pattern SUBCLASS = Pattern.compile("class\\s+(\\w+)(?:<[^>]*>)?\\s+extends\\s+(\\w+)");

	/** An annotation with its arguments: audit action names and security expressions are not refusals. */
	private static final Pattern ANNOTATION = Pattern.compile("@\\w+\\((?:[^()\"]|\"[^\"]*\")*\\)");

	/** A background job's name kept in a constant ({@code static final String DIGEST_JOB = "…";}). */
	private static final Pattern JOB_NAME = Pattern.compile("static final String \\w*JOB\\s*=\\s*\"[^\"]*\";");

	/** A string literal. */
	private static final Pattern LITERAL = Pattern.compile("\"([^\"\\\\]*)\"");

	/** Bundles merge by union across branches: a key defined twice would let the later text win silently. */
	@Test
	void noKeyIsDefinedTwice() throws IOException {
		Map<String, String> first = new HashMap<>();
		Set<String> twice = new TreeSet<>();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".properties")).sorted().toList()) {
				for (String line : Files.readAllLines(file)) {
					String trimmed = line.strip();
					int equals = trimmed.indexOf('=');
					if (trimmed.isEmpty() || trimmed.startsWith("#") || equals < 0) {
						continue;
					}
					String key = trimmed.substring(0, equals).strip();
					if (first.putIfAbsent(key, file.getFileName().toString()) != null) {
						twice.add(key + " (" + first.get(key) + ", " + file.getFileName() + ")");
					}
				}
			}
		}
		assertThat(twice).as("keys defined more than once").isEmpty();
	}

	@Test
	void everyKeyATemplateUsesIsDefined() throws IOException {
		Set<String> missing = missing(TEMPLATES, ".html", TEMPLATE_KEY);
		assertThat(missing).as("keys used in templates but missing from messages/*.properties").isEmpty();
	}

	/**
	 * Refusal codes reach a RuleViolation in many ways: a literal to its constructor or a subclass's,
	 * a variable, a list of reasons built in another class, a prefix and an enum's name. So every
	 * literal of the sources that starts with a bundle's name ({@code content.}, {@code site.} …) is
	 * taken for a code and must be a key; a literal ending in a dot is a prefix, completed at run
	 * time, and must begin some key. Not codes: annotations' arguments, other exceptions' messages,
	 * audit entries' action names, background jobs' names (in the calls that declare a job, or
	 * in a constant named {@code …JOB}) and shared limits' names ({@code limits.perMinute(name, …)}).
	 */
	@Test
	void everyRefusalCodeIsDefined() throws IOException {
		Properties bundle = bundle();
		Set<String> codes = refusalCodes();
		Set<String> missing = new TreeSet<>();
		for (String code : codes) {
			boolean defined = code.endsWith(".")
					? bundle.stringPropertyNames().stream().anyMatch(key -> key.startsWith(code))
					: bundle.containsKey(code);
			if (!defined) {
				missing.add(code);
			}
		}
		assertThat(codes).as("the refusal codes found in the sources").hasSizeGreaterThan(170);
		assertThat(missing).as("RuleViolation codes missing from messages/*.properties").isEmpty();
	}

	private static Set<String> refusalCodes() throws IOException {
		Map<Path, String> sources = new HashMap<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				sources.put(file, Files.readString(file));
			}
		}
		Set<String> violations = violationTypes(sources.values());
		Pattern notCodes = Pattern.compile("(?:new (?!(?:" + String.join("|", violations)
				+ ")\\()(?:\\w+Exception|AuditEntry|JobType|JobLine)|RecurringJob\\.\\w+|limits\\.(?:perMinute|limit))\\((?:[^()\"]|\"[^\"]*\"|\\([^()]*\\))*\\)");
		Set<String> modules = bundleNames();
		Set<String> codes = new TreeSet<>();
		for (String source : sources.values()) {
			String code = notCodes.matcher(JOB_NAME.matcher(ANNOTATION.matcher(source).replaceAll("")).replaceAll(""))
				.replaceAll("");
			Matcher literal = LITERAL.matcher(code);
			while (literal.find()) {
				String text = literal.group(1);
				int dot = text.indexOf('.');
				if (dot > 0 && modules.contains(text.substring(0, dot)) && text.matches("[a-z][A-Za-z0-9_.-]*")) {
					codes.add(text);
				}
			}
		}
		return codes;
	}

	/** RuleViolation and every class that extends it, directly or not. */
	private static Set<String> violationTypes(Iterable<String> sources) {
		Map<String, String> superclasses = new HashMap<>();
		for (String source : sources) {
			Matcher declaration = SUBCLASS.matcher(source);
			while (declaration.find()) {
				superclasses.put(declaration.group(1), declaration.group(2));
			}
		}
		Set<String> types = new TreeSet<>(Set.of("RuleViolation"));
		boolean grew = true;
		while (grew) {
			grew = false;
			for (Map.Entry<String, String> entry : superclasses.entrySet()) {
				if (types.contains(entry.getValue()) && types.add(entry.getKey())) {
					grew = true;
				}
			}
		}
		return types;
	}

	private static Set<String> bundleNames() throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			return files.map(f -> f.getFileName().toString())
				.filter(name -> name.endsWith(".properties"))
				.map(name -> name.substring(0, name.length() - ".properties".length()))
				.collect(java.util.stream.Collectors.toSet());
		}
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
