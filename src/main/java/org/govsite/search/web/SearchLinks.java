package org.govsite.search.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/** The search page's links: the current search with one parameter changed (facets, pages, sort). */
public final class SearchLinks {

	private final Map<String, String> current;

	SearchLinks(Map<String, String[]> parameters) {
		this.current = new LinkedHashMap<>();
		for (String name : new String[] { "q", "site", "channel", "type", "from", "to", "sort", "origin" }) {
			String[] values = parameters.get(name);
			if (values != null && values.length > 0 && !values[0].isBlank()) {
				current.put(name, String.join(",", values));
			}
		}
	}

	public String with(String name, String value) {
		Map<String, String> changed = new LinkedHashMap<>(current);
		changed.put(name, value);
		return link(changed, 1);
	}

	public String without(String name) {
		Map<String, String> changed = new LinkedHashMap<>(current);
		changed.remove(name);
		return link(changed, 1);
	}

	public String page(int number) {
		return link(current, number);
	}

	public boolean has(String name) {
		return current.containsKey(name);
	}

	public boolean is(String name, String value) {
		return value.equals(current.get(name));
	}

	private static String link(Map<String, String> parameters, int page) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/search");
		parameters.forEach(builder::queryParam);
		if (page > 1) {
			builder.queryParam("page", page);
		}
		return builder.encode().build().toUriString();
	}
}
