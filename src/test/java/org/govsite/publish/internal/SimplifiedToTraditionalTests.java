package org.govsite.publish.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The converter gives what OpenCC's own {@code opencc -c s2t.json} gives, on real text: the demo's
 * pages and OpenCC's test cases (their reference output is stored beside them), and the
 * regulations in {@code shared/regulations/} (converted by the {@code opencc} command at test time:
 * their sentences are not copied into the project).
 */
class SimplifiedToTraditionalTests {

	@Test
	void givesOpenccsOutputOnTheDemosPages() throws IOException {
		assertSameLines(lines("opencc/demo-pages.txt").stream().map(SimplifiedToTraditional::convert).toList(),
				lines("opencc/demo-pages.s2t.txt"));
	}

	@Test
	void givesOpenccsOutputOnItsOwnTestCases() throws IOException {
		assertSameLines(lines("opencc/opencc-testcases.txt").stream().map(SimplifiedToTraditional::convert).toList(),
				lines("opencc/opencc-testcases.s2t.txt"));
	}

	/** Issue 12: 回应 became 迴應 (opencc4j's table) on every portal page, where OpenCC gives 回應. */
	@Test
	void respondingIsNotTurning() {
		assertThat(SimplifiedToTraditional.convert("回应关切")).isEqualTo("回應關切");
		assertThat(SimplifiedToTraditional.convert("回复")).isEqualTo("回覆");
	}

	@Test
	void givesOpenccsOutputOnTheRegulations() throws IOException, InterruptedException {
		Path regulations = regulations();
		Assumptions.assumeTrue(regulations != null, "no shared/regulations/ above the project");
		boolean ci = System.getenv("CI") != null;
		boolean opencc = Stream.of("/usr/bin/opencc", "/usr/local/bin/opencc").anyMatch(file -> Files.isExecutable(Path.of(file)));
		if (!ci) {
			Assumptions.assumeTrue(opencc, "the opencc command is not installed (apt-get install opencc)");
		}
		List<Path> files;
		try (Stream<Path> listing = Files.list(regulations)) {
			files = listing.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
		}
		assertThat(files).isNotEmpty();
		for (Path file : files) {
			Process process = new ProcessBuilder("opencc", "-c", "s2t.json", "-i", file.toString())
				.redirectError(ProcessBuilder.Redirect.DISCARD).start();
			String expected = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
			assertThat(process.exitValue()).isZero();
			assertSameLines(Files.readAllLines(file).stream().map(SimplifiedToTraditional::convert).toList(),
					expected.lines().toList());
		}
	}

	@Test
	void leavesTextWithoutSimplifiedCharactersAsItIs() {
		String text = "https://www.example.gov.cn/art/1/t1000.html";
		assertThat(SimplifiedToTraditional.convert(text)).isSameAs(text);
	}

	private static void assertSameLines(List<String> actual, List<String> expected) {
		assertThat(actual).hasSameSizeAs(expected);
		List<String> differences = new ArrayList<>();
		for (int i = 0; i < actual.size(); i++) {
			if (!actual.get(i).equals(expected.get(i))) {
				differences.add("line " + (i + 1) + ":\n  ours:   " + actual.get(i) + "\n  OpenCC: " + expected.get(i));
			}
		}
		assertThat(differences).as("lines that differ from OpenCC").isEmpty();
	}

	private static List<String> lines(String resource) throws IOException {
		try (var in = SimplifiedToTraditionalTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		}
	}

	/** {@code shared/regulations/} in the project's folder or one of those above it. */
	private static Path regulations() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("shared/regulations");
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
		}
		return null;
	}
}
