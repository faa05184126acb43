package org.govsite.migration;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An old-style government site on loopback, as the tests need one: a GBK home page naming its
 * charset only in a meta tag, sections with list pages, detail pages in date folders (one charset
 * in the HTTP header, one in nothing at all), attached PDFs and pictures, a broken link, and a
 * robots.txt that keeps one folder out. It counts every request per path.
 */
public final class OldSite implements AutoCloseable {

	static final Charset GBK = Charset.forName("GBK");

	/** Served pages (path to its HTML and the charset it is written in), and files. */
	private final Map<String, byte[]> bodies = new LinkedHashMap<>();

	private final Map<String, String> types = new LinkedHashMap<>();

	private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

	private final HttpServer server;

	private final Map<String, AtomicInteger> unavailable = new ConcurrentHashMap<>();

	private volatile Consumer<String> onRequest = path -> {
	};

	/**
	 * @param perSection detail pages in each of the two sections
	 */
	public OldSite(int perSection) throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
		build(perSection);
		server.createContext("/", this::serve);
		server.start();
	}

	/** The address under the name "localhost", which the tests' fetch guard does not allow by itself. */
	public String base() {
		return "http://localhost:" + server.getAddress().getPort();
	}

	public Map<String, String> detailPages() {
		Map<String, String> pages = new LinkedHashMap<>();
		types.forEach((path, type) -> {
			if (path.contains("/t20")) {
				pages.put(path, type);
			}
		});
		return pages;
	}

	public byte[] body(String path) {
		return bodies.get(path);
	}

	public java.util.Set<String> paths() {
		return bodies.keySet();
	}

	public int hits(String path) {
		AtomicInteger count = hits.get(path);
		return count == null ? 0 : count.get();
	}

	public void onRequest(Consumer<String> listener) {
		this.onRequest = listener;
	}

	/** Serves one more page or file, in UTF-8 (a sitemap, a page only the sitemap names). */
	public void add(String path, String type, String content) {
		bodies.put(path, content.getBytes(StandardCharsets.UTF_8));
		types.put(path, type);
	}

	/** Answers HTTP 503 to the first requests for the path, as an overloaded old server does. */
	public void unavailable(String path, int times) {
		unavailable.put(path, new AtomicInteger(times));
	}

	private void build(int perSection) {
		page("/index.html", "text/html", GBK, """
				<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
				<title>旧县人民政府门户网站</title></head><body>
				<div class="nav"><a href="/xwdt/">新闻动态</a> <a href="/tzgg/index.html">通知公告</a>
				<a href="/private/secret.html">内部</a> <a href="/missing.html">坏链接</a>
				<a href="http://www.example.gov.cn/">国务院</a> <a href="/search.jsp?q=x">搜索</a></div>
				<p>欢迎访问旧县人民政府门户网站。</p></body></html>""");
		page("/robots.txt", "text/plain", StandardCharsets.US_ASCII, "User-agent: *\nDisallow: /private/\n");
		page("/private/secret.html", "text/html; charset=utf-8", StandardCharsets.UTF_8, "<html><body>不应抓取</body></html>");
		section("xwdt", "新闻动态", "县政府召开常务会议", perSection);
		section("tzgg", "通知公告", "关于做好冬季防火工作的通知", perSection);
		try {
			BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
			image.setRGB(3, 3, 0xcc0000);
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			ImageIO.write(image, "png", png);
			file("/xwdt/images/photo.png", "image/png", png.toByteArray());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void section(String folder, String name, String title, int count) {
		StringBuilder list = new StringBuilder("<html><head><meta charset=\"gbk\"><title>" + name
				+ "_旧县人民政府</title></head><body><h1>" + name + "</h1><ul>");
		for (int i = 1; i <= count; i++) {
			int day = 1 + i % 28;
			String path = "/%s/2020%02d/t2020%02d%02d_%d.html".formatted(folder, 1 + i % 12, 1 + i % 12, day, i);
			list.append("<li><a href=\"").append(path).append("\">").append(title).append(i).append("</a><span>2020-")
				.append(1 + i % 12).append('-').append(day).append("</span></li>");
			String attachment = "/%s/P2020_%d.pdf".formatted(folder, i);
			String body = """
					<html><head>%s<title>%s%d_%s_旧县人民政府</title></head><body>
					<div class="header"><a href="/index.html">首页</a></div>
					<h1>%s%d</h1><div class="info">发布时间：2020-%02d-%02d　来源：旧县%s办公室</div>
					<div class="TRS_Editor"><p>为切实做好%s工作，县政府有关部门认真研究部署，现将有关事项通知如下。</p>
					<p>一、提高认识，加强领导。各乡镇、各部门要充分认识做好这项工作的重要意义，落实工作责任。</p>
					%s</div>
					<div class="fj">附件：<a href="%s">%s%d.pdf</a></div>
					<a href="/missing/%d.html">相关链接</a></body></html>""".formatted(
					i % 3 == 0 || i % 4 == 0 ? "" : "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">",
					title, i, name, title, i, 1 + i % 12, day, name, name,
					folder.equals("xwdt") && i == 1 ? "<p><img src=\"/xwdt/images/photo.png\" alt=\"会议现场\"></p>" : "",
					attachment, title, i, i);
			page(path, i % 3 == 0 ? "text/html; charset=GBK" : "text/html", GBK, body);
			file(attachment, "application/pdf", pdf(title + i));
		}
		list.append("</ul></body></html>");
		page("/" + folder + "/index.html", "text/html", GBK, list.toString());
		bodies.put("/" + folder + "/", bodies.get("/" + folder + "/index.html"));
		types.put("/" + folder + "/", "text/html");
	}

	private void page(String path, String type, Charset charset, String html) {
		bodies.put(path, html.getBytes(charset));
		types.put(path, type);
	}

	private void file(String path, String type, byte[] content) {
		bodies.put(path, content);
		types.put(path, type);
	}

	static byte[] pdf(String text) {
		return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
				+ "% " + Integer.toHexString(text.hashCode()) + "\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
	}

	private void serve(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
		onRequest.accept(path);
		String key = path.equals("/") ? "/index.html" : path;
		byte[] body = bodies.get(key);
		AtomicInteger failures = unavailable.get(key);
		try (OutputStream out = exchange.getResponseBody()) {
			if (failures != null && failures.getAndDecrement() > 0) {
				byte[] busy = "<html><body>503</body></html>".getBytes(StandardCharsets.US_ASCII);
				exchange.sendResponseHeaders(503, busy.length);
				out.write(busy);
				return;
			}
			if (body == null) {
				byte[] missing = "<html><body>404</body></html>".getBytes(StandardCharsets.US_ASCII);
				exchange.sendResponseHeaders(404, missing.length);
				out.write(missing);
				return;
			}
			exchange.getResponseHeaders().add("Content-Type", types.get(key));
			exchange.sendResponseHeaders(200, body.length);
			out.write(body);
		}
	}

	@Override
	public void close() {
		server.stop(0);
		((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
	}
}
