package org.govsite.site;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every state, step, item and code the module can show has its Chinese words. */
class SiteBundleTests {

	private static final Pattern CODE = Pattern.compile("\"(site\\.[a-zA-Z.]+)\"");

	private final Properties bundle = load();

	@Test
	void everyEnumConstantHasALabel() {
		List<String> keys = new ArrayList<>();
		for (SiteState state : SiteState.values()) {
			keys.add("site.state." + state.name());
		}
		for (LifecycleStep step : LifecycleStep.values()) {
			keys.add("site.step." + step.name());
		}
		for (GoLiveItem item : GoLiveItem.values()) {
			keys.add("site.goLive.item." + item.name());
		}
		for (ChangeSubject subject : ChangeSubject.values()) {
			keys.add("site.change." + subject.name());
		}
		for (NoticeKind kind : NoticeKind.values()) {
			keys.add("site.notice." + kind.name());
			keys.add("site.notice.text." + kind.name());
		}
		for (NewMediaPlatform platform : NewMediaPlatform.values()) {
			keys.add("site.platform." + platform.name());
		}
		for (SiteKind kind : SiteKind.values()) {
			keys.add("site.kind." + kind.name());
		}
		for (SiteWork.Kind kind : SiteWork.Kind.values()) {
			keys.add("site.work." + kind.name());
		}
		assertThat(keys).allSatisfy(key -> assertThat(bundle).containsKey(key));
	}

	@Test
	void everyCodeTheJavaCodeUsesIsInTheBundle() throws IOException {
		List<String> codes = new ArrayList<>();
		try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java/org/govsite/site"))) {
			for (var file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = CODE.matcher(java.nio.file.Files.readString(file));
				while (matcher.find()) {
					String code = matcher.group(1);
					if (!code.endsWith(".")) {
						codes.add(code);
					}
				}
			}
		}
		assertThat(codes).isNotEmpty().allSatisfy(code -> assertThat(bundle).containsKey(code));
	}

	private static Properties load() {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(Objects.requireNonNull(
				SiteBundleTests.class.getResourceAsStream("/messages/site.properties")), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return properties;
	}
}
