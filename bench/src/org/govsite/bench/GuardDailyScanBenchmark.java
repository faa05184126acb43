package org.govsite.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.govsite.guard.FindingCategory;
import org.govsite.guard.FindingLevel;
import org.govsite.guard.internal.DictionaryEntry;
import org.govsite.guard.internal.DictionaryText;
import org.govsite.guard.internal.PersonalData;
import org.govsite.guard.GuardFinding;
import org.govsite.guard.internal.PublishedText;
import org.govsite.guard.internal.ReadAhead;
import org.govsite.guard.internal.Scanner;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The guard's daily scan of one published site (bench/guard-daily.sh): generates the folder of a
 * site of N documents as publishing writes it (an HTML page per document with the site's chrome,
 * an attachment to one document in ten, Word, Excel and PDF in turn), then does per file what
 * {@code DailyScan} does, on as many threads as it (one per processor, or the third argument): the text of the page (jsoup) or attachment (POI, PDFBox)
 * through {@code PublishedText}, the whole scan through {@code Scanner} with the shipped
 * dictionaries plus generated patterns. Not included: reading the manifest and writing the findings
 * (one query, and a row per finding). Some pages and attachments carry a planted problem, counted.
 */
public final class GuardDailyScanBenchmark {

	private static final String PLANTED_WORD = "台 独";

	private static final String PLANTED_ID = "110105194910010015";

	public static void main(String[] args) throws Exception {
		int documents = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		int patternCount = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
		int readers = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
		Path site = Path.of(args.length > 3 ? args[3] : "bench/target/guard-site-" + documents);
		Random random = new Random(19);
		Path marker = site.resolve("generated.txt");
		if (!Files.exists(marker) || !Files.readString(marker).equals(String.valueOf(documents))) {
			long generating = System.nanoTime();
			generate(site, documents, random);
			Files.writeString(marker, String.valueOf(documents));
			System.out.printf("generated: %,d documents in %.1f s%n", documents, (System.nanoTime() - generating) / 1e9);
		}
		List<Path> files;
		try (Stream<Path> walk = Files.walk(site)) {
			files = walk.filter(Files::isRegularFile).filter(f -> PublishedText.readable(f.toString())).sorted().toList();
		}
		long bytes = 0;
		for (Path file : files) {
			bytes += Files.size(file);
		}
		Scanner scanner = scanner(patternCount, new Random(17));
		PublishedText reader = new PublishedText(20_000_000, 20_000);
		System.out.printf("site: %,d files (%,d bytes) for %,d documents; patterns: shipped + %,d generated%n", files.size(),
				bytes, documents, patternCount);

		long wall = System.nanoTime();
		long cpu = processCpu();
		List<String> kinds = List.of("html", "docx", "xlsx", "pdf");
		long[] readNanos = new long[kinds.size()];
		long[] counted = new long[kinds.size()];
		long[] totals = new long[5]; // scan nanos, characters, findings, planted, files done
		// as DailyScan does: read and scanned on several threads, the results taken in the files' order
		ReadAhead.inOrder(files, readers, file -> {
			long start = System.nanoTime();
			String text = reader.read(file);
			long read = System.nanoTime();
			return new Read(text == null ? null : scanner.scan(text), text == null ? 0 : text.length(), read - start,
					System.nanoTime() - read);
		}, (file, read) -> {
			String name = file.getFileName().toString();
			int kind = kinds.indexOf(name.substring(name.lastIndexOf('.') + 1));
			readNanos[kind] += read.readNanos();
			counted[kind]++;
			if (read.found() == null) {
				return;
			}
			totals[0] += read.scanNanos();
			totals[1] += read.characters();
			totals[2] += read.found().size();
			totals[3] += read.found().stream().filter(f -> f.matched().equals(PLANTED_WORD) || "id-number".equals(f.kind())).count();
			if (++totals[4] % 10_000 == 0) {
				System.out.printf("  %,d files in %.0f s%n", totals[4], (System.nanoTime() - wall) / 1e9);
			}
		});
		double seconds = (System.nanoTime() - wall) / 1e9;
		double cpuSeconds = (processCpu() - cpu) / 1e9;
		System.out.printf("scanned: %,d pages and %,d attachments, %,d characters of text, %,d findings (%,d of them planted)%n",
				counted[0], files.size() - counted[0], totals[1], totals[2], totals[3]);
		System.out.printf("elapsed %.1f s: %.0f files/s, %.0f documents/s (%d reading threads)%n", seconds,
				files.size() / seconds, documents / seconds, readers);
		System.out.printf("processor time of the process %.1f s (reading threads, attachment readers, JIT, GC): %.0f files/s per core%n",
				cpuSeconds, files.size() / cpuSeconds);
		for (int kind = 0; kind < kinds.size(); kind++) {
			System.out.printf("elapsed reading the text of %,6d %-4s files: %6.1f s (%.1f ms each; summed over the threads)%n",
					counted[kind], kinds.get(kind), readNanos[kind] / 1e9, readNanos[kind] / 1e6 / Math.max(1, counted[kind]));
		}
		System.out.printf("elapsed in the scan of their text: %.1f s (summed over the threads)%n", totals[0] / 1e9);
	}

	/** One file's text as scanned: its findings (null when it has no readable text), and the time each step took. */
	private record Read(List<GuardFinding> found, int characters, long readNanos, long scanNanos) {
	}

	private static Scanner scanner(int patternCount, Random random) {
		List<DictionaryEntry> dictionary = new ArrayList<>(DictionaryText.entries(DictionaryText.resource("dictionary.txt")));
		Set<String> generated = new LinkedHashSet<>();
		while (generated.size() < patternCount) {
			generated.add(GuardBenchmark.word(random, 3 + random.nextInt(4)));
		}
		generated.forEach(p -> dictionary.add(new DictionaryEntry(FindingCategory.SENSITIVE, FindingLevel.WARN, p, null)));
		return new Scanner(dictionary, DictionaryText.words(DictionaryText.resource("whitelist.txt")), PersonalData.defaults());
	}

	/** The folder as publishing writes it: pages by section, attachments beside them. */
	private static void generate(Path site, int documents, Random random) throws Exception {
		byte[][] attachments = { docx(body(random, 3_000, false), true), xlsx(random), pdf(body(random, 3_000, false)),
				docx(body(random, 2_000, false), false), xlsx(random), pdf(body(random, 1_500, false)) };
		String[] extensions = { "docx", "xlsx", "pdf", "docx", "xlsx", "pdf" };
		for (int i = 0; i < documents; i++) {
			Path folder = site.resolve("art/" + (i / 1_000));
			Files.createDirectories(folder);
			String attachment = null;
			if (i % 10 == 0) {
				int which = (i / 10) % attachments.length;
				attachment = i + "." + extensions[which];
				Files.write(folder.resolve(attachment), attachments[which]);
			}
			String body = body(random, 800 + random.nextInt(2_200), i % 1_000 == 0);
			Files.writeString(folder.resolve(i + ".html"), page(i, body, attachment), StandardCharsets.UTF_8);
		}
	}

	private static String body(Random random, int characters, boolean planted) {
		StringBuilder body = new StringBuilder("<p>");
		for (String page : GuardBenchmark.pages(random, 1)) {
			body.append(page.substring(0, Math.min(characters, page.length())).replace("\n", "</p><p>"));
		}
		if (planted) {
			body.append("坚决反对").append(PLANTED_WORD).append("分裂活动。");
		}
		return body.append("</p>").toString();
	}

	private static String page(int i, String body, String attachment) {
		StringBuilder nav = new StringBuilder();
		for (String section : List.of("首页", "政务公开", "政务服务", "互动交流", "走进本市", "政策文件", "政策解读", "通知公告", "人事信息",
				"财政信息", "统计信息", "专题专栏")) {
			nav.append("<li><a href=\"/").append(section.hashCode() & 0xffff).append("/index.html\">").append(section)
				.append("</a></li>");
		}
		return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>关于第" + i + "号事项的通知_某某市人民政府</title>"
				+ "<meta name=\"SiteName\" content=\"某某市人民政府\"><meta name=\"SiteIDCode\" content=\"1234000001\">"
				+ "<link rel=\"stylesheet\" href=\"/assets/site.css\"><script src=\"/assets/site.js\" defer></script></head><body>"
				+ "<header><a href=\"/index.html\">某某市人民政府</a><form action=\"/search\"><input name=\"q\"></form></header>"
				+ "<nav><ul>" + nav + "</ul></nav><div class=\"crumbs\">当前位置：<a href=\"/index.html\">首页</a> &gt; 通知公告</div>"
				+ "<article><h1>关于第" + i + "号事项的通知</h1><div class=\"meta\">发布时间：2026-12-01 来源：市政府办公室 字号：[大 中 小]</div>"
				+ "<div class=\"body\">" + body + "</div>"
				+ (attachment == null ? "" : "<ul class=\"attachments\"><li><a href=\"" + attachment + "\">附件：" + attachment + "</a></li></ul>")
				+ "</article><footer><p>主办：某某市人民政府办公室 网站标识码：1234000001 京ICP备00000000号 京公网安备 11000002000001号</p>"
				+ "<p><a href=\"/sitemap.html\">网站地图</a> <a href=\"/about.html\">联系我们</a></p></footer></body></html>";
	}

	private static byte[] docx(String html, boolean planted) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String paragraph : html.replace("<p>", "").split("</p>")) {
				document.createParagraph().createRun().setText(paragraph);
			}
			if (planted) {
				document.createParagraph().createRun().setText("联系人身份证号 " + PLANTED_ID);
			}
			document.write(out);
			return out.toByteArray();
		}
	}

	/** A table of 200 rows, as offices publish them (名单, 统计表). */
	private static byte[] xlsx(Random random) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("名单");
			for (int r = 0; r < 200; r++) {
				var row = sheet.createRow(r);
				row.createCell(0).setCellValue(r + 1);
				row.createCell(1).setCellValue(GuardBenchmark.word(random, 3));
				row.createCell(2).setCellValue(GuardBenchmark.WORDS[random.nextInt(GuardBenchmark.WORDS.length)]);
				row.createCell(3).setCellValue(GuardBenchmark.word(random, 12));
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** A PDF in the CJK font the platform's letters use (Debian's fonts-noto-cjk), a subset embedded. */
	private static byte[] pdf(String html) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4);
		try {
			PdfWriter.getInstance(document, out);
			document.open();
			BaseFont base = BaseFont.createFont("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,2", BaseFont.IDENTITY_H,
					BaseFont.EMBEDDED);
			for (String paragraph : html.replace("<p>", "").split("</p>")) {
				document.add(new Paragraph(paragraph, new Font(base, 12)));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			document.close();
		}
		return out.toByteArray();
	}

	private static long processCpu() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}
}
