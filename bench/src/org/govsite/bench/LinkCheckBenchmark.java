package org.govsite.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.SimpleFileServer;
import org.govsite.monitor.internal.InternalLinks;

/**
 * The link check of a published site against Debian's linkchecker on the same files:
 * generates a site of N article pages (each with the navigation, 10 links to other articles, its
 * list page, the site's CSS and JS; one link in 500 broken), checks it with the monitor's
 * InternalLinks (against the list of published paths and the files, no HTTP, one thread), then
 * serves the same folder on 127.0.0.1 with the JDK's file server and runs
 * {@code linkchecker --no-warnings -o none -t <threads> http://127.0.0.1:<port>/index.html} on it
 * (its per-host limit of 10 requests a second lifted, as its manual allows for a server that
 * answers with a {@code LinkChecker} header), for at most {@code <seconds>}: linkchecker on
 * 100,000 pages takes hours, so its rate is the pages it requested in that time, counted by the
 * server. Prints pages per second of each and their ratio.
 */
public final class LinkCheckBenchmark {

	private static final int PER_LIST = 100;

	public static void main(String[] args) throws Exception {
		int pages = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		int threads = args.length > 1 ? Integer.parseInt(args[1]) : 10;
		int limitSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 600;
		Path folder = Path.of("bench/target/linksite").toAbsolutePath();
		List<String> published = generate(folder, pages);
		System.out.printf("site: %d article pages, %d list pages, %d files in all%n", pages, lists(pages), published.size());

		long start = System.nanoTime();
		InternalLinks.Result result = InternalLinks.check(folder, published, null, "bench.example.gov.cn");
		double ours = seconds(start);
		int htmlPages = result.pages();
		System.out.printf("govsite InternalLinks: %d pages in %.1f s = %.0f pages/s, %d broken links found%n", htmlPages, ours,
				htmlPages / ours, result.broken().size());

		// linkchecker crawls over HTTP; the server counts the pages it asked for, so that a run
		// stopped at its time limit still gives linkchecker's pages per second
		AtomicInteger served = new AtomicInteger();
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
		server.createContext("/", SimpleFileServer.createFileHandler(folder)).getFilters().add(new Filter() {
			@Override
			public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
				if (exchange.getRequestMethod().equals("GET") && exchange.getRequestURI().getPath().endsWith(".html")) {
					served.incrementAndGet();
				}
				// linkchecker lifts its 10-requests-per-second limit only for a server that says this
				exchange.getResponseHeaders().add("LinkChecker", "allowed");
				chain.doFilter(exchange);
			}

			@Override
			public String description() {
				return "counts the pages linkchecker asks for";
			}
		});
		java.util.concurrent.ExecutorService serving = java.util.concurrent.Executors.newFixedThreadPool(16);
		server.setExecutor(serving);
		server.start();
		Path config = Files.createTempFile("linkcheckerrc", "");
		Files.writeString(config, "[checking]\nmaxrequestspersecond=1000\n");
		config.toFile().setReadable(true, false);
		try {
			String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/index.html";
			ProcessBuilder linkchecker = new ProcessBuilder("linkchecker", "-f", config.toString(), "--no-warnings", "--no-status",
					"-o", "none", "-t", String.valueOf(threads), url).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD);
			start = System.nanoTime();
			Process process = linkchecker.start();
			boolean finished = process.waitFor(limitSeconds, TimeUnit.SECONDS);
			double theirs = seconds(start);
			int theirPages = served.get();
			if (!finished) {
				process.descendants().forEach(ProcessHandle::destroy);
				process.destroy();
				process.waitFor(30, TimeUnit.SECONDS);
			}
			System.out.printf("linkchecker (-t %d, maxrequestspersecond 1000, %s): %d pages requested in %.1f s = %.1f pages/s%n",
					threads, finished ? "finished, exit " + process.exitValue() : "stopped at its " + limitSeconds + " s limit",
					theirPages, theirs, theirPages / theirs);
			System.out.printf("ratio (pages/s of govsite over the whole site ÷ pages/s of linkchecker in its run): %.1f%n",
					(htmlPages / ours) / (theirPages / theirs));
		}
		finally {
			server.stop(0);
			serving.shutdownNow(); // its threads would keep the JVM from ending
			Files.deleteIfExists(config);
		}
	}

	private static int lists(int pages) {
		return (pages + PER_LIST - 1) / PER_LIST;
	}

	private static List<String> generate(Path folder, int pages) throws IOException {
		List<String> published = new ArrayList<>();
		int lists = lists(pages);
		StringBuilder index = new StringBuilder(head("示例县人民政府", ""));
		for (int l = 0; l < lists; l++) {
			index.append("<a href=\"list/p").append(l).append(".html\">第").append(l + 1).append("页</a>\n");
		}
		write(folder, "index.html", index.append(tail()).toString(), published);
		write(folder, "assets/site.css", "body{font-family:sans-serif}", published);
		write(folder, "assets/site.js", "console.log('site');", published);
		for (int l = 0; l < lists; l++) {
			StringBuilder list = new StringBuilder(head("新闻动态 第" + (l + 1) + "页", "../"));
			for (int a = l * PER_LIST; a < Math.min(pages, (l + 1) * PER_LIST); a++) {
				list.append("<li><a href=\"../").append(article(a)).append("\">示例县召开第").append(a).append("次工作会议</a></li>\n");
			}
			write(folder, "list/p" + l + ".html", list.append(tail()).toString(), published);
		}
		for (int a = 0; a < pages; a++) {
			StringBuilder page = new StringBuilder(head("示例县召开第" + a + "次工作会议", "../../"));
			page.append("<p>").append("会议强调，要坚持以人民为中心的发展思想，扎实做好各项工作。".repeat(20)).append("</p>\n");
			for (int r = 1; r <= 10; r++) {
				page.append("<a href=\"../../").append(article((a + r * 97) % pages)).append("\">相关新闻").append(r).append("</a>\n");
			}
			page.append("<a href=\"../../list/p").append(a / PER_LIST).append(".html\">返回列表</a>\n");
			if (a % 500 == 250) {
				page.append("<a href=\"../../art/missing/t").append(a).append(".html\">已删除的页面</a>\n");
			}
			write(folder, article(a), page.append(tail()).toString(), published);
		}
		return published;
	}

	private static String article(int a) {
		return "art/" + (a / 1000) + "/t" + a + ".html";
	}

	private static String head(String title, String up) {
		return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + title + "</title>"
				+ "<link rel=\"stylesheet\" href=\"" + up + "assets/site.css\"><script src=\"" + up + "assets/site.js\" defer></script>"
				+ "</head><body><nav><a href=\"" + up + "index.html\">首页</a> <a href=\"" + up + "list/p0.html\">新闻动态</a> "
				+ "<a href=\"https://www.gov.cn/\">中国政府网</a></nav><main><h1>" + title + "</h1>\n";
	}

	private static String tail() {
		return "</main><footer>示例县人民政府办公室主办</footer></body></html>\n";
	}

	private static void write(Path folder, String path, String content, List<String> published) {
		try {
			Path file = folder.resolve(path);
			Files.createDirectories(file.getParent());
			Files.writeString(file, content, StandardCharsets.UTF_8);
			published.add(path);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}
}
