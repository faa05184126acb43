package org.govsite.publish.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.thymeleaf.exceptions.TemplateEngineException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Known server-side template injection payloads for Thymeleaf and SpEL (src/test/resources/
 * ssti-payloads.txt), each put into a site's template: none reaches anything beyond the page's view
 * model, neither in the sample render that decides whether the template is accepted nor on the
 * published page. Canaries tell: a secret in a system property and in a file, a file that a payload
 * would create (directly or by running {@code touch}), a template outside the theme.
 */
class TemplateInjectionTests {

	private static final String PROPERTY = "govsite.ssti.canary";

	/** What a page must never show: the engine's, the JDK's or Spring's inner objects. */
	private static final String[] INTERNALS = { "org.thymeleaf", "org.springframework", "java.lang", "java.io",
			"java.util", "jdk.internal", "cacheManager", "templateResolver", "OUTSIDE-THE-THEME" };

	@TempDir
	Path folder;

	private String secret;

	private Path secretFile;

	private Path canary;

	@BeforeEach
	void canaries() throws IOException {
		secret = "ssti-secret-" + UUID.randomUUID();
		System.setProperty(PROPERTY, secret);
		secretFile = Files.writeString(folder.resolve("secret.txt"), secret);
		canary = folder.resolve("canary");
	}

	@AfterEach
	void clear() {
		System.clearProperty(PROPERTY);
	}

	static Stream<String> payloads() throws IOException {
		try (InputStream in = TemplateInjectionTests.class.getResourceAsStream("/ssti-payloads.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.toList()
				.stream();
		}
	}

	@Test
	void theCorpusHoldsAtLeastSixtyPayloads() throws IOException {
		assertThat(payloads().count()).isGreaterThanOrEqualTo(60);
	}

	@ParameterizedTest
	@MethodSource("payloads")
	void aPayloadReachesNothingBeyondTheViewModel(String payload) {
		Theme theme = new Theme(Map.of("notfound", page(payload.replace("{PROP}", PROPERTY)
			.replace("{SECRET}", secretFile.toString())
			.replace("{CANARY}", canary.toString()))));
		String sample = outcome(() -> {
			TemplateSample.render(theme, PageFixtures.site());
			return "";
		});
		String published = outcome(() -> new PageBuilder(theme, PageFixtures.site()).notFound().content());
		for (String output : new String[] { sample, published }) {
			assertThat(output).doesNotContain(secret, System.getProperty("java.home")).doesNotContain(INTERNALS);
		}
		assertThat(canary).doesNotExist();
		assertThat(System.getProperty(PROPERTY)).isEqualTo(secret);
	}

	@Test
	void aTemplateStillShowsTheViewModelWithLoopsConditionsAndTheFormattingHelpers() {
		Theme theme = new Theme(Map.of("notfound", page("""
				<h1 th:text="${frame.site.name}">站点</h1>
				<ul th:unless="${#lists.isEmpty(frame.navigation)}"><li th:each="link, state : ${frame.navigation}"
				  th:text="|${state.count}. ${link.text}|" th:classappend="${link.current} ? 'on'">栏目</li></ul>
				<p th:object="${frame.site}" th:text="*{sponsor}">主办</p>
				<p th:text="${#strings.abbreviate(frame.site.name, 5)}">简称</p>
				<p th:text="${frame.meta.?[name == 'SiteIDCode'][0].content}">标识码</p>
				<p th:text="${frame.site['siteCode'] + ' / ' + #lists.size(frame.navigation)}">数</p>
				<p th:text="${frame.errorReportHref ?: '无'}">找错</p>
				""")));
		Document html = Jsoup.parse(new PageBuilder(theme, PageFixtures.site()).notFound().content());
		assertThat(html.select("h1").text()).isEqualTo("示例县人民政府");
		assertThat(html.select("li").eachText()).startsWith("1. 首页", "2. 新闻动态");
		assertThat(html.select("p").eachText()).containsExactly("示例县人民政府办公室", "示例...", "4416020005",
				"4416020005 / 4", "https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=4416020005&url="
						+ "https%3A%2F%2Fwww.example.gov.cn%2F404.html");
	}

	@Test
	void inlinedJavaScriptWritesTheViewModelAsLiterals() {
		Theme theme = new Theme(Map.of("notfound", page("""
				<script th:inline="javascript" th:with="end='</script><b>'">
				var site = [[${frame.site.name}]]; var first = [[${frame.navigation[0]}]]; var end = [[${end}]];
				</script>""")));
		assertThat(new PageBuilder(theme, PageFixtures.site()).notFound().content())
			.contains("var site = \"示例县人民政府\";")
			.contains("var first = {\"text\":\"首页\",\"href\":\".\\u002f\",\"current\":false};")
			.contains("var end = \"\\u003c\\u002fscript\\u003e\\u003cb\\u003e\";");
	}

	private static String page(String body) {
		return "<!DOCTYPE html><html lang=\"zh-CN\"><head><title>未找到</title></head><body>" + body + "</body></html>";
	}

	/** What a render produced, or nothing when the engine refused it. */
	private static String outcome(Supplier<String> render) {
		try {
			return render.get();
		}
		catch (TemplateEngineException refused) {
			return "";
		}
	}
}
