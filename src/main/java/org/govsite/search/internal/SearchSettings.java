package org.govsite.search.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The lists editors keep in the console (synonyms, stop words, chosen hot words), one entry a line,
 * read into a {@link Vocabulary} that is kept until the next edit.
 */
@Component
public class SearchSettings {

	public static final String SYNONYMS = "synonyms";

	public static final String STOP_WORDS = "stop_words";

	public static final String HOT_WORDS = "hot_words";

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile @Nullable Vocabulary vocabulary;

	SearchSettings(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public String text(String name) {
		return jdbc.sql("select value from search_setting where name = :name")
			.param("name", name)
			.query(String.class)
			.optional()
			.orElse("");
	}

	public List<String> lines(String name) {
		return Arrays.stream(text(name).split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	public void save(String name, String value, String actor) {
		String cleaned = String.join("\n", Arrays.stream(value.split("\\R")).map(String::strip)
			.filter(line -> !line.isEmpty()).distinct().toList());
		jdbc.sql("""
				insert into search_setting (name, value, updated_at, updated_by) values (:name, :value, :now, :actor)
				on conflict (name) do update set value = excluded.value, updated_at = excluded.updated_at,
				  updated_by = excluded.updated_by""")
			.param("name", name)
			.param("value", cleaned)
			.param("now", java.sql.Timestamp.from(clock.instant()))
			.param("actor", actor)
			.update();
		vocabulary = null;
	}

	public Vocabulary vocabulary() {
		Vocabulary current = vocabulary;
		if (current == null) {
			List<Set<String>> groups = new ArrayList<>();
			for (String line : lines(SYNONYMS)) {
				Set<String> group = Vocabulary.group(line);
				if (group.size() > 1) {
					groups.add(group);
				}
			}
			Set<String> stops = new LinkedHashSet<>();
			lines(STOP_WORDS).forEach(word -> stops.add(SearchText.normalize(word)));
			current = new Vocabulary(groups, stops);
			vocabulary = current;
		}
		return current;
	}
}
