package org.govsite.demo.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.ReducedMotion;
import com.microsoft.playwright.options.ScreenshotType;
import org.govsite.publish.internal.JobRunner;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;
import org.govsite.test.Browser;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Screenshots of the demo group's published pages, taken by Chromium through Playwright on every
 * test run: the portal's home page, a list, a document, a special topic's page and a department
 * site's home page, each at 1280 and 375 px (full page, JPEG), into {@code target/screenshots/}.
 * The pages are served as in role {@code all} ({@code /sites/<标识码>/…}) by the shared test
 * context through MockMvc, which the browser's requests are routed to: no server and no Spring
 * context of its own. To refresh the README's pictures, copy them into {@code docs/screenshots/}:
 * <pre>
 * ./mvnw -o verify -Dtest=DemoScreenshotsTests -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dgovsite.screenshots=docs/screenshots
 * </pre>
 */
@IntegrationTest
@Tag("browser")
class DemoScreenshotsTests {

	/** The address the browser asks for; every request to it is answered by MockMvc. */
	private static final String ORIGIN = "http://localhost";

	private static final Path TARGET = Path.of("target", "screenshots");

	@Autowired
	DemoSiteGroup demo;

	@Autowired
	JobRunner runner;

	@Autowired
	SiteDirectory sites;

	@Autowired
	MockMvc mvc;

	@Test
	void theDemoPortalsPagesAndADepartmentsHomeAtTwoWidths() throws Exception {
		DemoGroupOnce.accounts(demo, runner);
		runner.runPending();
		SiteSummary portal = demoSite(DemoCounty.portal());
		SiteSummary department = demoSite(DemoCounty.departments().getFirst());
		Files.createDirectories(TARGET);

		BrowserContext context = Browser.chromium().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
			.setLocale("zh-CN").setReducedMotion(ReducedMotion.REDUCE));
		try {
			context.setDefaultTimeout(15_000);
			context.route("**/*", this::answer);
			Page page = context.newPage();
			Map<String, String> pages = pages(page, portal, department);
			for (int width : new int[] { 1280, 375 }) {
				page.setViewportSize(width, width == 375 ? 812 : 900);
				for (Map.Entry<String, String> shot : pages.entrySet()) {
					Path file = TARGET.resolve(shot.getKey() + "-" + width + ".jpg");
					take(page, shot.getValue(), file);
					String site = shot.getKey().startsWith("department") ? department.name() : portal.name();
					assertThat(page.title()).as("title of " + shot.getValue()).contains(site);
					assertThat(page.locator("main h1").isVisible()).as("heading of " + shot.getValue()).isTrue();
					assertThat(Files.size(file)).as(file.toString()).isGreaterThan(20_000);
					// a full-page picture wider than the window would mean the page scrolls sideways
					assertThat(ImageIO.read(file.toFile()).getWidth()).as("width of " + file).isEqualTo(width);
				}
			}
		}
		finally {
			context.close();
		}
		copyWhereAsked();
	}

	/** The pages to take, found from the portal's home page as a reader would follow its links. */
	private static Map<String, String> pages(Page page, SiteSummary portal, SiteSummary department) {
		String home = ORIGIN + "/sites/" + portal.siteCode() + "/";
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("portal-home", home);
		loaded(page, home);
		String topic = href(page, ".gs-topics .gs-banner");
		// a list of news with pictures (示例要闻), the first block of 政务动态, rather than an overview's
		loaded(page, href(page, "#gs-nav-list a:text-is('政务动态')"));
		String list = href(page, ".gs-blocks .gs-more");
		pages.put("portal-list", list);
		loaded(page, list);
		pages.put("portal-detail", href(page, "main .gs-list a"));
		pages.put("portal-topic", topic);
		// the group's links name the sites' own domains, which only a real installation resolves
		pages.put("department-home", ORIGIN + "/sites/" + department.siteCode() + "/");
		return pages;
	}

	private static String href(Page page, String selector) {
		String href = page.locator(selector).first().evaluate("a => a.href").toString();
		assertThat(href).as(selector).startsWith(ORIGIN + "/sites/");
		return href;
	}

	private static void loaded(Page page, String url) {
		Response response = page.navigate(url);
		assertThat(response).as(url).isNotNull();
		assertThat(response.status()).as(url).isEqualTo(200);
	}

	private static void take(Page page, String url, Path file) {
		loaded(page, url);
		page.waitForLoadState(LoadState.NETWORKIDLE);
		// lazy pictures below the fold load before the full-page picture is taken
		page.evaluate("() => document.querySelectorAll('img[loading=lazy]').forEach(img => img.loading = 'eager')");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true).setType(ScreenshotType.JPEG)
			.setQuality(72));
	}

	/** Answers the browser's request through MockMvc; anything outside the test's origin is refused. */
	private void answer(Route route) {
		String url = route.request().url();
		if (!url.startsWith(ORIGIN + "/") || !"GET".equals(route.request().method())) {
			route.abort();
			return;
		}
		try {
			MockHttpServletResponse response = mvc.perform(get(URI.create(url))).andReturn().getResponse();
			Map<String, String> headers = new LinkedHashMap<>();
			for (String name : response.getHeaderNames()) {
				headers.put(name, String.join(", ", response.getHeaders(name)));
			}
			route.fulfill(new Route.FulfillOptions().setStatus(response.getStatus()).setHeaders(headers)
				.setBodyBytes(response.getContentAsByteArray()));
		}
		catch (Exception e) {
			throw new IllegalStateException("MockMvc could not answer " + url, e);
		}
	}

	private SiteSummary demoSite(DemoCounty.DemoSite site) {
		return sites.all().stream().filter(s -> site.siteCode().equals(s.siteCode())).findFirst().orElseThrow();
	}

	/** With {@code -Dgovsite.screenshots=docs/screenshots}, the pictures for the README too. */
	private static void copyWhereAsked() throws IOException {
		String folder = System.getProperty("govsite.screenshots");
		if (folder == null || folder.isBlank()) {
			return;
		}
		Path into = Files.createDirectories(Path.of(folder));
		try (var pictures = Files.list(TARGET)) {
			for (Path picture : pictures.toList()) {
				Files.copy(picture, into.resolve(picture.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}
}
