package org.govsite.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import org.govsite.identity.Grant;
import org.govsite.identity.NewAccount;
import org.govsite.identity.internal.AccountStore;
import org.govsite.identity.internal.Credentials;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * A staff member signed in to the console over HTTP as a browser would be: the sign-in form with
 * its CSRF token, then the TOTP step with a code computed from the account's secret. The account
 * is made as the tests make theirs (a chosen password, a second factor enrolled with a current code).
 */
final class ConsoleSession {

	static final String PASSWORD = "Bench#2026pwd";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final String base;

	private ConsoleSession(String base) {
		this.base = base;
	}

	/** A staff account with these grants, its password chosen and its second factor enrolled; answers the secret. */
	static String account(ConfigurableApplicationContext context, String username, Set<Grant> grants) {
		AccountStore accounts = context.getBean(AccountStore.class);
		Credentials credentials = context.getBean(Credentials.class);
		long id = accounts.create(new NewAccount(username, "压测 " + username, "压测单位", null), Instant.now());
		accounts.replaceGrants(id, grants);
		credentials.setChosenPassword(id, PASSWORD);
		String secret = credentials.newSecondFactorSecret();
		if (!credentials.enrollSecondFactor(id, secret, code(secret))) {
			throw new IllegalStateException("the second factor was refused for " + username);
		}
		return secret;
	}

	/** The grants of an existing account, replaced (new sites of the group); a session signed in afterwards has them. */
	static void regrant(ConfigurableApplicationContext context, String username, Set<Grant> grants) {
		AccountStore accounts = context.getBean(AccountStore.class);
		accounts.replaceGrants(accounts.view(username).orElseThrow().id(), grants);
	}

	/**
	 * Signs in with password and code. A code is taken once per 30-second step (the enrolment took
	 * one), so this waits for a step the account has not used yet.
	 */
	static ConsoleSession signIn(String base, String username, String secret, long lastStep) throws IOException, InterruptedException {
		while (System.currentTimeMillis() / 30_000 <= lastStep) {
			Thread.sleep(500);
		}
		ConsoleSession session = new ConsoleSession(base);
		String token = session.csrf("/login");
		HttpResponse<String> password = session.post("/login", "username=" + encode(username) + "&password="
				+ encode(PASSWORD) + "&_csrf=" + encode(token));
		if (password.headers().firstValue("Location").orElse("/login").contains("/login?")) {
			throw new IllegalStateException("the password of " + username + " was refused");
		}
		// the second step is asked for by the first console page after the password
		String step = session.get("/admin").headers().firstValue("Location").orElse("");
		if (step.contains("/login/totp")) {
			session.post("/login/totp", "code=" + code(secret) + "&_csrf=" + encode(session.csrf("/login/totp")));
		}
		HttpResponse<String> console = session.get("/admin");
		if (console.statusCode() != 200) {
			throw new IllegalStateException("the console refused " + username + ": " + console.statusCode() + " "
					+ console.headers().firstValue("Location").orElse(""));
		}
		return session;
	}

	static long currentStep() {
		return System.currentTimeMillis() / 30_000;
	}

	/** Milliseconds of each of {@code times} requests of a console page, after {@code warmUp} not counted. */
	List<Double> time(String path, int warmUp, int times) throws IOException, InterruptedException {
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < warmUp + times; i++) {
			long start = System.nanoTime();
			HttpResponse<String> page = get(path);
			double took = (System.nanoTime() - start) / 1e6;
			if (page.statusCode() != 200) {
				throw new IllegalStateException(path + " answered " + page.statusCode() + " "
						+ page.headers().firstValue("Location").orElse(""));
			}
			if (i >= warmUp) {
				millis.add(took);
			}
		}
		return millis;
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String csrf(String path) throws IOException, InterruptedException {
		String page = get(path).body();
		Matcher token = CSRF.matcher(page);
		if (!token.find()) {
			throw new IllegalStateException("no CSRF token on " + path);
		}
		return token.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static String code(String secret) {
		try {
			return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, currentStep());
		}
		catch (CodeGenerationException e) {
			throw new IllegalStateException(e);
		}
	}
}
