package org.govsite.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Drives the machine's Chromium through Playwright for Java (Playwright never downloads a browser
 * here). One Chromium per JVM; each test class gets its own browser context and page, kept across
 * its methods, so an ordered walk-through keeps its session. A failing test leaves a screenshot in
 * {@code target/browser-failures/}.
 */
public class Browser implements ParameterResolver, AfterAllCallback, TestWatcher {

	private static final List<String> CHROMIUM_ARGUMENTS = List.of("--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
			"--disable-quic");

	private static Playwright playwright;

	private static com.microsoft.playwright.Browser chromium;

	/** The one Chromium of the JVM, for tests that drive it without the application on a port. */
	public static synchronized com.microsoft.playwright.Browser chromium() {
		if (chromium == null) {
			Path executable = Paths.get(System.getenv().getOrDefault("GOVSITE_CHROMIUM", "/usr/bin/chromium"));
			if (!Files.isExecutable(executable)) {
				throw new IllegalStateException("Browser tests need Chromium at " + executable
						+ " (Debian: apt-get install chromium; or set GOVSITE_CHROMIUM)");
			}
			playwright = Playwright.create(new Playwright.CreateOptions()
				.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			chromium = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(executable).setHeadless(true).setArgs(CHROMIUM_ARGUMENTS));
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				chromium.close();
				playwright.close();
			}));
		}
		return chromium;
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
		Class<?> type = parameter.getParameter().getType();
		return type == Page.class || type == BrowserContext.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
		Page page = page(extension);
		return parameter.getParameter().getType() == Page.class ? page : page.context();
	}

	private Page page(ExtensionContext extension) {
		ExtensionContext.Store store = extension.getRoot().getStore(ExtensionContext.Namespace.create(Browser.class,
				extension.getRequiredTestClass()));
		return store.computeIfAbsent("page", key -> {
			String port = SpringExtension.getApplicationContext(extension).getEnvironment().getProperty("local.server.port");
			BrowserContext context = chromium().newContext(new NewContextOptions()
				.setBaseURL("http://127.0.0.1:" + port)
				.setLocale("zh-CN")
				.setViewportSize(1280, 900));
			context.setDefaultTimeout(15_000);
			return context.newPage();
		}, Page.class);
	}

	@Override
	public void testFailed(ExtensionContext extension, Throwable cause) {
		ExtensionContext.Store store = extension.getRoot().getStore(ExtensionContext.Namespace.create(Browser.class,
				extension.getRequiredTestClass()));
		Page page = store.get("page", Page.class);
		if (page != null && !page.isClosed()) {
			Path shot = Paths.get("target", "browser-failures",
					extension.getRequiredTestClass().getSimpleName() + "-" + extension.getDisplayName().replaceAll("\\W+", "_") + ".png");
			page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
		}
	}

	@Override
	public void afterAll(ExtensionContext extension) {
		ExtensionContext.Store store = extension.getRoot().getStore(ExtensionContext.Namespace.create(Browser.class,
				extension.getRequiredTestClass()));
		Page page = store.remove("page", Page.class);
		if (page != null) {
			page.context().close();
		}
	}
}
