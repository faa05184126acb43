package org.govsite.audit.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every event type the audit trail knows, by its Chinese name: each module names its events in its
 * message bundle ({@code audit.action.<code>}), so the audit search offers them to pick from
 * instead of asking for a code.
 */
@Component
class AuditActionNames {

	private static final String PREFIX = "audit.action.";

	private final Map<String, String> names;

	AuditActionNames() {
		this.names = load();
	}

	/** Code to Chinese name, ordered by name. */
	Map<String, String> all() {
		return names;
	}

	private static Map<String, String> load() {
		Map<String, String> found = new TreeMap<>();
		try {
			for (Resource bundle : new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties")) {
				if (bundle.getFilename() == null || bundle.getFilename().contains("_")) {
					continue;
				}
				Properties properties = new Properties();
				try (Reader reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
					properties.load(reader);
				}
				properties.stringPropertyNames().stream()
					.filter(key -> key.startsWith(PREFIX))
					.forEach(key -> found.put(key.substring(PREFIX.length()), properties.getProperty(key)));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Map<String, String> byName = new LinkedHashMap<>();
		found.entrySet().stream()
			.sorted(Map.Entry.<String, String>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())))
			.forEach(entry -> byName.put(entry.getKey(), entry.getValue()));
		return byName;
	}
}
