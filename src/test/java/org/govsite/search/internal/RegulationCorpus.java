package org.govsite.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.govsite.search.SearchEntry;

/**
 * The relevance suite's documents: the real local regulations in the project's shared folder
 * ({@code ../shared/regulations/}, beside the repository), read where they are (their README asks
 * that their text is not copied into the project), split into articles (第…条), one document each.
 */
final class RegulationCorpus {

	private static final Pattern ARTICLE = Pattern.compile("第[一二三四五六七八九十百零〇]+[条條]");

	private static final Pattern HEADING = Pattern.compile("^\\s*[（(]([^）)]{2,12})[）)]");

	private RegulationCorpus() {
	}

	/** The folder, from {@code -Dgovsite.regulations} or beside the repository. */
	static Optional<Path> folder() {
		String configured = System.getProperty("govsite.regulations");
		List<Path> candidates = configured != null ? List.of(Path.of(configured))
				: List.of(Path.of("../shared/regulations"), Path.of("../../shared/regulations"));
		return candidates.stream().filter(Files::isDirectory).findFirst();
	}

	/** A document of the suite with its text for judging. */
	record Article(SearchEntry entry, String judgedText) {
	}

	static List<Article> articles(Path folder) {
		List<Article> articles = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".txt")).sorted().toList()) {
				String text = Files.readString(file, StandardCharsets.UTF_8);
				String label = label(file.getFileName().toString());
				Matcher matcher = ARTICLE.matcher(text);
				List<int[]> starts = new ArrayList<>();
				while (matcher.find()) {
					starts.add(new int[] { matcher.start(), matcher.end() });
				}
				for (int i = 0; i < starts.size(); i++) {
					String number = text.substring(starts.get(i)[0], starts.get(i)[1]);
					int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : Math.min(text.length(), starts.get(i)[1] + 3000);
					String body = text.substring(starts.get(i)[1], end).replaceAll("\\s+", " ").strip();
					Matcher heading = HEADING.matcher(body);
					String title = label + number + (heading.find() ? "（" + heading.group(1) + "）" : "");
					int n = articles.size() + 1;
					SearchEntry entry = new SearchEntry("reg:" + n, "reg:" + n, "ARTICLE", 1,
							List.of(new SearchEntry.Channel(1, "法规")), title, body, null, null,
							Instant.parse("2020-01-01T00:00:00Z").plus(n, ChronoUnit.DAYS), null, "/reg/" + n + ".html", null);
					articles.add(new Article(entry, SearchText.normalize(title + " " + body)));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return articles;
	}

	private static String label(String fileName) {
		return switch (fileName.substring(0, 3)) {
			case "000" -> "各地政府网站管理办法汇编";
			case "001" -> "上海市政府网站管理办法汇编";
			case "002" -> "咸阳市政府网站与政务新媒体管理办法";
			case "003" -> "源城区政府门户网站管理办法";
			case "004" -> "深圳市政府网站管理办法";
			default -> "政府网站管理规定";
		};
	}
}
