package org.govsite.channel;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word the channel module shows has its Chinese text: the keys its code, its templates
 * and its enums use are all in the bundles.
 */
class ChannelMessagesTests {

	private static final Path MODULE = Path.of("src/main/java/org/govsite/channel");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates/channel");

	private static final Pattern CODE_KEY = Pattern.compile("(?<!value = )\"((?:channel|menu|kind)\\.[A-Za-z.]*[A-Za-z])\"");

	private static final Pattern AUDITED = Pattern.compile("@Audited\\(value = \"([a-z.]+)\"");

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)[}(]");

	private final Properties bundle = load("messages/channel.properties", "messages/platform.properties");

	@Test
	void everyKindAndRuleHasItsWords() {
		for (ChannelKind kind : ChannelKind.values()) {
			assertThat(bundle).containsKey("channel.kind." + kind.name());
		}
		for (UpdateRule.Cadence cadence : UpdateRule.Cadence.values()) {
			assertThat(bundle).containsKey("channel.rule." + cadence.name());
			assertThat(bundle).containsKey("channel.ruleChoice." + cadence.name());
		}
		for (ChannelChanged.ChangeKind kind : List.of(ChannelChanged.ChangeKind.HIDDEN, ChannelChanged.ChangeKind.SHOWN,
				ChannelChanged.ChangeKind.ARCHIVED, ChannelChanged.ChangeKind.RESTORED)) {
			assertThat(bundle).containsKey("channel.structure." + kind.name());
		}
		for (String unit : List.of("DAYS", "WEEKS", "MONTHS", "YEARS")) {
			assertThat(bundle).containsKey("channel.unit." + unit);
		}
	}

	@Test
	void everyKeyTheCodeAndTheTemplatesUseExists() throws IOException {
		Set<String> used = new TreeSet<>();
		for (Path source : files(MODULE)) {
			String text = Files.readString(source);
			collect(CODE_KEY.matcher(text), used, "");
			collect(AUDITED.matcher(text), used, "audit.action.");
		}
		for (Path template : files(TEMPLATES)) {
			collect(TEMPLATE_KEY.matcher(Files.readString(template)), used, "");
		}
		assertThat(used).contains("channel.code.taken", "audit.action.channel.move", "channel.tree.title");
		assertThat(used).allSatisfy(key -> assertThat(bundle).containsKey(key));
	}

	private static void collect(Matcher matcher, Set<String> keys, String prefix) {
		while (matcher.find()) {
			keys.add(prefix + matcher.group(1));
		}
	}

	private static List<Path> files(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter(Files::isRegularFile).toList();
		}
	}

	private static Properties load(String... names) {
		Properties properties = new Properties();
		for (String name : names) {
			try (Reader reader = new InputStreamReader(
					ChannelMessagesTests.class.getClassLoader().getResourceAsStream(name), StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
			catch (IOException e) {
				throw new IllegalStateException(e);
			}
		}
		return properties;
	}
}
