package org.govsite.tools;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Screenshots of the running demo's published sites, taken by the machine's Chromium through
 * Playwright: the portal's home page, a list, a document, a special topic's page and a department
 * site's home page, each at 1280 and 375 px (full page, JPEG). Not a test of the build: it needs the
 * demo running (skipped otherwise) and is run by hand, as the README says:
 * <pre>
 * ./mvnw spring-boot:run                      # wait until 发布管理 shows the first publishes done
 * ./mvnw -o test -Dtest=DemoScreenshots -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dgovsite.demo-url=http://localhost:8080 -Dgovsite.screenshots=docs/screenshots
 * </pre>
 * Without {@code govsite.screenshots} the pictures go to {@code target/demo-screenshots/}.
 */
@Tag("screenshots")
class DemoScreenshots {

	/** The demo portal's 标识码: its pages are under /sites/&lt;标识码&gt;/. */
	static final String PORTAL = "9901230001";

	/** The demo's 示例县发展和改革局. */
	static final String DEPARTMENT = "9901230002";

	@Test
	void screenshotsOfTheDemoSites() throws IOException {
		String base = System.getProperty("govsite.demo-url", "http://localhost:8080").replaceAll("/+$", "");
		assumeTrue(answers(base + "/sites/" + PORTAL + "/"), "the demo is not running at " + base);
		Path folder = Path.of(System.getProperty("govsite.screenshots", "target/demo-screenshots"));
		Files.createDirectories(folder);
		String chromium = System.getenv().getOrDefault("GOVSITE_CHROMIUM", "/usr/bin/chromium");
		try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
			Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true)
				.setExecutablePath(Path.of(chromium)).setArgs(List.of("--no-sandbox", "--disable-gpu")));
			Map<String, String> pages = pages(browser, base);
			List<Path> written = new ArrayList<>();
			for (int width : new int[] { 1280, 375 }) {
				BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
					.setViewportSize(width, width == 375 ? 812 : 900).setReducedMotion(
							com.microsoft.playwright.options.ReducedMotion.REDUCE));
				Page page = context.newPage();
				for (Map.Entry<String, String> shot : pages.entrySet()) {
					page.navigate(shot.getValue());
					page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
					// lazy pictures below the fold load before the full-page picture is taken
					page.evaluate("() => document.querySelectorAll('img[loading=lazy]').forEach(img => img.loading = 'eager')");
					page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
					Path file = folder.resolve(shot.getKey() + "-" + width + ".jpg");
					page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true)
						.setType(com.microsoft.playwright.options.ScreenshotType.JPEG).setQuality(72));
					written.add(file);
				}
				context.close();
			}
			assertThat(written).allSatisfy(file -> assertThat(Files.size(file)).isPositive());
		}
	}

	/** The pages to take, found from the portal's home page as a reader would follow its links. */
	private static Map<String, String> pages(Browser browser, String base) {
		BrowserContext context = browser.newContext();
		Page page = context.newPage();
		String home = base + "/sites/" + PORTAL + "/";
		page.navigate(home);
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("portal-home", home);
		String list = page.locator(".gs-tabs .gs-more, .gs-blocks .gs-more").first().evaluate("a => a.href").toString();
		pages.put("portal-list", list);
		page.navigate(list);
		pages.put("portal-detail", page.locator("main .gs-list a").first().evaluate("a => a.href").toString());
		page.navigate(home);
		pages.put("portal-topic", page.locator(".gs-topics .gs-banner").first().evaluate("a => a.href").toString());
		// the group's links name the sites' own domains, which only a real installation resolves
		pages.put("department-home", base + "/sites/" + DEPARTMENT + "/");
		context.close();
		return pages;
	}

	private static boolean answers(String url) {
		try {
			HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
			connection.setConnectTimeout(2000);
			connection.setReadTimeout(5000);
			return connection.getResponseCode() == 200;
		}
		catch (IOException e) {
			return false;
		}
	}
}
