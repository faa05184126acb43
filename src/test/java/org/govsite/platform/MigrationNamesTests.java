package org.govsite.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Migrations after the first eight are named by date, time and module, in their module's folder,
 * so that parallel work cannot take one number twice (application.yaml, spring.flyway).
 */
class MigrationNamesTests {

	private static final Pattern FIRST = Pattern.compile("V[1-8](_\\d+)?__\\w+\\.sql");

	private static final Pattern DATED = Pattern.compile("V20\\d\\d_[01]\\d_[0-3]\\d_[0-2]\\d[0-5]\\d__([a-z]+)_\\w+\\.sql");

	@Test
	void everyMigrationFollowsTheScheme() throws IOException {
		List<String> wrong = new ArrayList<>();
		Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/**/*.sql");
		assertThat(resources).isNotEmpty();
		for (Resource resource : resources) {
			String path = resource.getURL().getPath();
			String folder = path.substring(path.indexOf("db/migration/") + "db/migration/".length());
			String name = resource.getFilename();
			var dated = DATED.matcher(name);
			boolean ok = folder.equals(name) ? FIRST.matcher(name).matches()
					: dated.matches() && folder.equals(dated.group(1) + "/" + name);
			if (!ok) {
				wrong.add(folder);
			}
		}
		assertThat(wrong).as("migrations outside the scheme V<yyyy>_<MM>_<dd>_<HHmm>__<module>_<what>.sql in db/migration/<module>/").isEmpty();
	}
}
