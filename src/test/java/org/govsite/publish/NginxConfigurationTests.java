package org.govsite.publish;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The shipped {@code deploy/nginx/govsite.conf}, run in a real nginx (Debian's, installed by
 * {@code .ci/run}) on loopback: every answer for a published site carries the security headers of
 * the server block, including the locations that add a header of their own. The configuration is
 * changed only where an installation changes it (ports, published root, certificates, public
 * nodes); each such line must be found, so that the test follows the file.
 */
@Tag("nginx")
class NginxConfigurationTests {

	static final Path NGINX = Path.of(System.getenv().getOrDefault("GOVSITE_NGINX", "/usr/sbin/nginx"));

	static final String HOST = "www.example.gov.cn";

	static final String CODE = "4416020005";

	/** A site of the shipped map whose folder holds nothing: a site not online, its files removed by the publisher. */
	static final String OFFLINE_HOST = "jyj.example.gov.cn";

	/** A host under .gov.cn that is no site of the map, though it still has a certificate. */
	static final String UNKNOWN_HOST = "old.example.gov.cn";

	/** An address of the old site at {@link #UNKNOWN_HOST} that a migration brought onto the platform. */
	static final String MIGRATED_PATH = "/art/2019/5/6/art_12_345.html?id=7";

	@TempDir
	static Path dir;

	static Process nginx;

	static HttpServer publicRole;

	static int httpsPort;

	static int httpPort;

	static SSLContext tls;

	@BeforeAll
	static void startNginx() throws Exception {
		assumeTrue(Files.isExecutable(NGINX), "nginx is not installed at " + NGINX
				+ " (apt-get install nginx-light, or set GOVSITE_NGINX): the shipped nginx configuration is not tested");
		publicRole = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		publicRole.createContext("/api/public/", exchange -> {
			byte[] body = "{\"hits\":[]}".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		for (String page : new String[] { "/letters", "/disclosure/", "/search", "/services", "/reports/", "/assistant", "/citizen/",
				"/my", "/subscribe" }) {
			publicRole.createContext(page, exchange -> {
				byte[] body = ("<!doctype html><title>公众角色页面</title><p>" + exchange.getRequestURI().getPath() + " 查询码")
					.getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().add("Content-Type", "text/html;charset=UTF-8");
				exchange.sendResponseHeaders(200, body.length);
				exchange.getResponseBody().write(body);
				exchange.close();
			});
		}
		publicRole.start();

		Path site = Files.createDirectories(dir.resolve("publish").resolve(CODE));
		// as the admin node writes it when a migration's import ends (migration's RedirectMapFile)
		Files.writeString(dir.resolve("publish").resolve("govsite-migrated.map"), """
				# GovSite: old sites' addresses and their new pages (generated; do not edit)
				"%s%s" "https://%s/xwdt/202005/t17.html";
				""".formatted(UNKNOWN_HOST, MIGRATED_PATH, HOST));
		Files.writeString(site.resolve("index.html"), "<!doctype html><title>首页</title>");
		Files.writeString(site.resolve("404.html"), "<!doctype html><title>页面不存在</title>");
		Files.createDirectories(site.resolve("zh-hant"));
		Files.writeString(site.resolve("zh-hant/index.html"), "<!doctype html><title>首頁</title>");
		Files.writeString(site.resolve("zh-hant/404.html"), "<!doctype html><title>頁面未找到</title>");
		Files.createDirectories(site.resolve("assets"));
		Files.writeString(site.resolve("assets/site.0123abcd.css"), "body{color:#000}");
		Path tlsDir = Files.createDirectories(dir.resolve("tls"));
		tls = selfSignedCertificate(tlsDir, List.of(HOST, OFFLINE_HOST, UNKNOWN_HOST));

		Path snippets = Files.createDirectories(dir.resolve("snippets"));
		Files.copy(Path.of("deploy/nginx/govsite-security-headers.conf"), snippets.resolve("govsite-security-headers.conf"));
		Path unavailable = Files.createDirectories(dir.resolve("unavailable"));
		Files.copy(Path.of("deploy/nginx/govsite-unavailable.html"), unavailable.resolve("unavailable.html"));
		Files.writeString(snippets.resolve("govsite-unavailable.conf"), adapt(
				Files.readString(Path.of("deploy/nginx/govsite-unavailable.conf")),
				Map.of("    root /usr/share/govsite;\n", "    root " + unavailable + ";\n")));
		httpsPort = freePort();
		httpPort = freePort();
		String server = adapt(Files.readString(Path.of("deploy/nginx/govsite.conf")), Map.of(
				"    listen 80;\n", "    listen 127.0.0.1:" + httpPort + ";\n",
				"    listen [::]:80;", "#",
				"    listen 443 ssl http2;\n", "    listen 127.0.0.1:" + httpsPort + " ssl http2;\n",
				"    listen [::]:443 ssl http2;", "#",
				"/etc/nginx/tls/$ssl_server_name.crt", tlsDir + "/$ssl_server_name.crt",
				"/etc/nginx/tls/$ssl_server_name.key", tlsDir + "/$ssl_server_name.key",
				"set $govsite_root /srv/govsite/data/publish;", "set $govsite_root " + dir.resolve("publish") + ";",
				"/srv/govsite/data/publish/govsite-migrated", dir.resolve("publish") + "/govsite-migrated",
				"    server 10.0.2.11:8080 max_fails=3 fail_timeout=10s;\n",
				"    server 127.0.0.1:" + publicRole.getAddress().getPort() + ";\n",
				"    server 10.0.2.12:8080 max_fails=3 fail_timeout=10s;\n", ""));
		Files.writeString(dir.resolve("govsite.conf"), server);
		Files.writeString(dir.resolve("nginx.conf"), """
				user %s;
				worker_processes 1;
				pid %s/nginx.pid;
				error_log %s/error.log;
				events { worker_connections 64; }
				http {
				    include /etc/nginx/mime.types;
				    access_log off;
				    client_body_temp_path %s/body;
				    proxy_temp_path %s/proxy;
				    fastcgi_temp_path %s/fastcgi;
				    uwsgi_temp_path %s/uwsgi;
				    scgi_temp_path %s/scgi;
				    include govsite.conf;
				}
				""".formatted(System.getProperty("user.name"), dir, dir, dir, dir, dir, dir, dir));
		nginx = new ProcessBuilder(NGINX.toString(), "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString(),
				"-e", dir.resolve("error.log").toString(), "-g", "daemon off;")
			.redirectErrorStream(true)
			.redirectOutput(dir.resolve("nginx.out").toFile())
			.start();
		awaitListening();
	}

	@AfterAll
	static void stopNginx() throws Exception {
		if (nginx != null) {
			nginx.destroy();
			if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
				nginx.destroyForcibly();
			}
		}
		if (publicRole != null) {
			publicRole.stop(0);
		}
	}

	@Test
	void aPageCarriesEverySecurityHeader() throws IOException {
		Response page = get("/");
		assertThat(page.status()).isEqualTo(200);
		assertSecurityHeaders(page);
		assertThat(page.header("cache-control")).contains("max-age=60");
	}

	@Test
	void anAssetCarriesEverySecurityHeader() throws IOException {
		Response asset = get("/assets/site.0123abcd.css");
		assertThat(asset.status()).isEqualTo(200);
		assertSecurityHeaders(asset);
		assertThat(asset.header("cache-control")).contains("immutable");
	}

	@Test
	void aMissingPageCarriesEverySecurityHeader() throws IOException {
		Response missing = get("/no/such/page.html");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.body()).contains("页面不存在");
		assertSecurityHeaders(missing);
		Response backOffice = get("/admin/accounts");
		assertThat(backOffice.status()).isEqualTo(404);
		assertSecurityHeaders(backOffice);
	}

	/** Issue 12: a missing address of the traditional copy got the simplified 404 page. */
	@Test
	void aMissingTraditionalPageAnswersTheTraditional404Page() throws IOException {
		Response missing = get("/zh-hant/no/such/page.html");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.body()).contains("頁面未找到").doesNotContain("页面不存在");
		assertSecurityHeaders(missing);
		Response copy = get("/zh-hant/");
		assertThat(copy.status()).isEqualTo(200);
		assertThat(copy.body()).contains("首頁");
		assertSecurityHeaders(copy);
		assertThat(get("/no/such/page.html").body()).contains("页面不存在");
	}

	@Test
	void thePublicApiCarriesEverySecurityHeader() throws IOException {
		Response api = get("/api/public/search?q=%E5%8C%BB%E4%BF%9D");
		assertThat(api.status()).isEqualTo(200);
		assertThat(api.body()).contains("hits");
		assertSecurityHeaders(api);
	}

	/** The letters', the assistant's and the disclosure applications' pages go to the application, not to the published files. */
	@Test
	void thePublicRolesPagesReachTheApplication() throws IOException {
		assertThat(get("/letters/follow").body()).contains("公众角色页面");
		Response query = get("/disclosure/query");
		assertThat(query.status()).isEqualTo(200);
		assertThat(query.body()).contains("公众角色页面", "/disclosure/query").doesNotContain("页面不存在");
		assertThat(get("/disclosure/apply").body()).contains("公众角色页面");
		assertThat(get("/assistant?site=" + CODE).body()).contains("公众角色页面", "/assistant");
		// the published catalogue's own pages under /disclosure/ stay files
		assertThat(get("/disclosure/index.html").body()).contains("页面不存在");
		// every page of the public role, as the application lists them (PublicPages), is passed on
		for (String page : org.govsite.platform.PublicPages.EXAMPLES) {
			assertThat(get(page).body()).as(page).containsAnyOf("公众角色页面", "hits");
		}
		// a service guide's and a report's published pages stay files
		assertThat(get("/services/guides/1.html").body()).contains("页面不存在");
		assertThat(get("/reports/annual-2025.html").body()).contains("页面不存在");
	}

	/**
	 * Issue 12: a host that is not an online site got no page at all (the connection closed, 444) or
	 * nginx's own 404: now the page saying there is no site here, in Chinese, with 404 — for a host
	 * no site has, over HTTPS (where it still has a certificate) and over HTTP (where it has none), and
	 * for a site of the map that is not online (its folder emptied by the publisher).
	 */
	@Test
	void aHostThatIsNoOnlineSiteGetsThePageSayingSo() throws IOException {
		for (String host : List.of(UNKNOWN_HOST, OFFLINE_HOST)) {
			for (String path : List.of("/", "/xwdt/index.html", "/zh-hant/", "/admin/accounts")) {
				Response answer = get(host, path);
				assertThat(answer.status()).as(host + path).isEqualTo(404);
				assertThat(answer.header("content-type")).as(host + path).startsWith("text/html");
				assertThat(answer.body()).as(host + path).contains("<html lang=\"zh-CN\">", "网站未开通或已停止服务")
					.doesNotContain("nginx", "页面不存在");
				assertSecurityHeaders(answer);
			}
		}
		Response plain = getOverHttp(UNKNOWN_HOST, "/");
		assertThat(plain.status()).isEqualTo(404);
		assertThat(plain.body()).contains("网站未开通或已停止服务").doesNotContain("nginx");
		// a site of the map is sent to HTTPS as before, and an online one keeps its own 404 page
		Response site = getOverHttp(HOST, "/xwdt/");
		assertThat(site.status()).isEqualTo(301);
		assertThat(site.header("location")).isEqualTo("https://" + HOST + "/xwdt/");
		assertThat(get("/no/such/page.html").body()).contains("页面不存在").doesNotContain("网站未开通");
	}

	/** Issue 21: a migrated old address, over HTTPS or HTTP, leads to its new page; the old site's other addresses do not. */
	@Test
	void aMigratedOldAddressRedirectsToItsNewPage() throws IOException {
		for (Response answer : List.of(get(UNKNOWN_HOST, MIGRATED_PATH), getOverHttp(UNKNOWN_HOST, MIGRATED_PATH))) {
			assertThat(answer.status()).as(answer.statusLine()).isEqualTo(301);
			assertThat(answer.header("location")).isEqualTo("https://" + HOST + "/xwdt/202005/t17.html");
		}
		assertThat(get(UNKNOWN_HOST, "/art/2019/5/6/art_12_345.html").status()).isEqualTo(404);
		assertThat(get(HOST, MIGRATED_PATH).status()).isEqualTo(404);
	}

	/** A letter with its attachments passes nginx (the application judges it); what no letter can be does not. */
	@Test
	void aLetterWithItsAttachmentsPassesAndAHugeBodyIsRefused() throws IOException {
		for (String path : List.of("/letters/write?mailbox=1", "/api/public/mailboxes/1/letters")) {
			assertThat(post(path, 20 * 1024 * 1024, false)).as(path).startsWith("HTTP/1.1 413");
			assertThat(post(path, 2 * 1024 * 1024, true)).as(path).doesNotStartWith("HTTP/1.1 413");
		}
	}

	/** The status line of a POST of that length; its body sent only if {@code send}. */
	private static String post(String path, int length, boolean send) throws IOException {
		try (SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket("127.0.0.1", httpsPort)) {
			socket.setSoTimeout(10_000);
			SSLParameters parameters = socket.getSSLParameters();
			parameters.setServerNames(List.of(new SNIHostName(HOST)));
			socket.setSSLParameters(parameters);
			OutputStream out = socket.getOutputStream();
			out.write(("POST " + path + " HTTP/1.1\r\nHost: " + HOST + "\r\nContent-Type: application/octet-stream\r\n"
					+ "Content-Length: " + length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			if (send) {
				out.write(new byte[length]);
			}
			out.flush();
			return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)).readLine();
		}
	}

	private static void assertSecurityHeaders(Response response) {
		assertThat(response.headers()).as("headers of %s", response.statusLine())
			.containsEntry("content-security-policy", List.of(
					"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
							+ "base-uri 'self'; form-action 'self'; frame-ancestors 'self'"))
			.containsEntry("strict-transport-security", List.of("max-age=31536000"))
			.containsEntry("x-content-type-options", List.of("nosniff"))
			.containsEntry("x-frame-options", List.of("SAMEORIGIN"))
			.containsEntry("referrer-policy", List.of("strict-origin-when-cross-origin"));
	}

	/** Replaces each installation-specific text, which must occur exactly once. */
	private static String adapt(String config, Map<String, String> replacements) {
		String adapted = config;
		for (Map.Entry<String, String> replacement : replacements.entrySet()) {
			int first = adapted.indexOf(replacement.getKey());
			assertThat(first).as("the shipped configuration contains %s", replacement.getKey()).isNotNegative();
			assertThat(adapted.indexOf(replacement.getKey(), first + 1)).as("only once: %s", replacement.getKey()).isNegative();
			adapted = adapted.replace(replacement.getKey(), replacement.getValue());
		}
		return adapted;
	}

	/** A throwaway certificate for the test host, made by the JDK's keytool; returns a context trusting it. */
	private static SSLContext selfSignedCertificate(Path tlsDir, List<String> hosts) throws Exception {
		Path store = tlsDir.resolve("test.p12");
		char[] password = "changeit".toCharArray();
		Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
		Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "site", "-keyalg", "RSA",
				"-keysize", "2048", "-validity", "2", "-dname", "CN=" + HOST, "-ext",
				"SAN=" + String.join(",", hosts.stream().map(host -> "dns:" + host).toList()), "-storetype",
				"PKCS12", "-keystore", store.toString(), "-storepass", new String(password))
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor()).as(output).isZero();
		KeyStore keys = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(store)) {
			keys.load(in, password);
		}
		Certificate certificate = keys.getCertificate("site");
		for (String host : hosts) {
			Files.writeString(tlsDir.resolve(host + ".crt"), pem("CERTIFICATE", certificate.getEncoded()));
			Files.writeString(tlsDir.resolve(host + ".key"), pem("PRIVATE KEY", keys.getKey("site", password).getEncoded()));
		}
		KeyStore trusted = KeyStore.getInstance("PKCS12");
		trusted.load(null, null);
		trusted.setCertificateEntry("site", (X509Certificate) certificate);
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init(trusted);
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, trust.getTrustManagers(), null);
		return context;
	}

	private static String pem(String type, byte[] der) {
		return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
			.encodeToString(der) + "\n-----END " + type + "-----\n";
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static void awaitListening() throws Exception {
		Instant until = Instant.now().plus(Duration.ofSeconds(20));
		while (Instant.now().isBefore(until)) {
			assertThat(nginx.isAlive()).as(() -> "nginx stopped: " + log()).isTrue();
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", httpsPort), 200);
				return;
			}
			catch (IOException notYet) {
				Thread.sleep(100);
			}
		}
		throw new AssertionError("nginx did not listen on " + httpsPort + ": " + log());
	}

	private static String log() {
		try {
			return Files.readString(dir.resolve("nginx.out")) + (Files.exists(dir.resolve("error.log"))
					? Files.readString(dir.resolve("error.log")) : "");
		}
		catch (IOException e) {
			return e.toString();
		}
	}

	/** One HTTP/1.1 request over TLS, with the site's name in SNI and Host, as a browser sends it. */
	private static Response get(String path) throws IOException {
		return get(HOST, path);
	}

	private static Response get(String host, String path) throws IOException {
		try (SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket("127.0.0.1", httpsPort)) {
			socket.setSoTimeout(10_000);
			SSLParameters parameters = socket.getSSLParameters();
			parameters.setServerNames(List.of(new SNIHostName(host)));
			parameters.setEndpointIdentificationAlgorithm("HTTPS");
			socket.setSSLParameters(parameters);
			return exchange(socket, host, path);
		}
	}

	/** The same over plain HTTP, to the port that sends sites to HTTPS. */
	private static Response getOverHttp(String host, String path) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", httpPort)) {
			socket.setSoTimeout(10_000);
			return exchange(socket, host, path);
		}
	}

	private static Response exchange(Socket socket, String host, String path) throws IOException {
		OutputStream out = socket.getOutputStream();
		out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII));
		out.flush();
		BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
		String statusLine = in.readLine();
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
			int colon = line.indexOf(':');
			headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
				.add(line.substring(colon + 1).trim());
		}
		StringBuilder body = new StringBuilder();
		for (String line = in.readLine(); line != null; line = in.readLine()) {
			body.append(line).append('\n');
		}
		return new Response(statusLine, headers, body.toString());
	}

	record Response(String statusLine, Map<String, List<String>> headers, String body) {

		int status() {
			return Integer.parseInt(statusLine.split(" ")[1]);
		}

		String header(String name) {
			return String.join(", ", headers.getOrDefault(name, List.of()));
		}
	}
}
