package org.govsite.guard.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.extractor.ExtractorFactory;
import org.apache.poi.extractor.POITextExtractor;
import org.govsite.guard.ContentGuard;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The text a reader gets from a published file: a page's text (jsoup), a PDF's (PDFBox), a Word,
 * WPS or Excel file's (POI, whose zip reading keeps its own entry and ratio limits). Files above
 * the size limit are skipped and a file that takes too long is given up: one attachment never
 * holds up the scan of a site. The search module reads attachments the same way for its index.
 * Public for the daily scan's benchmark (bench/guard-daily.sh).
 */
public final class PublishedText {

	private static final Logger log = LoggerFactory.getLogger(PublishedText.class);

	private static final Set<String> OFFICE = Set.of("doc", "docx", "xls", "xlsx", "wps", "et");

	private final long maxSize;

	private final long timeoutMillis;

	public PublishedText(long maxSize, long timeoutMillis) {
		this.maxSize = maxSize;
		this.timeoutMillis = timeoutMillis;
	}

	/** Whether the file is of a kind whose text is read. */
	public static boolean readable(String path) {
		String extension = extension(path);
		return extension.equals("html") || extension.equals("pdf") || OFFICE.contains(extension);
	}

	/** The text, or null when the file is too large or cannot be read in time. */
	public @Nullable String read(Path file) {
		String extension = extension(file.getFileName().toString());
		try {
			if (Files.size(file) > maxSize) {
				return null;
			}
			byte[] bytes = Files.readAllBytes(file);
			if (extension.equals("html")) {
				return ContentGuard.textOf(new String(bytes, StandardCharsets.UTF_8));
			}
			CompletableFuture<String> reading = CompletableFuture.supplyAsync(
					() -> extension.equals("pdf") ? pdf(bytes) : office(bytes),
					command -> Thread.ofVirtual().name("guard-attachment-text").start(command));
			try {
				return reading.get(timeoutMillis, TimeUnit.MILLISECONDS);
			}
			catch (TimeoutException e) {
				reading.cancel(true);
				log.warn("{} took longer than {} ms to read; not scanned", file, timeoutMillis);
				return null;
			}
		}
		catch (IOException | ExecutionException e) {
			log.warn("{} has no readable text: {}", file, e.toString());
			return null;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	private static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static String pdf(byte[] bytes) {
		try (PDDocument document = Loader.loadPDF(bytes)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String office(byte[] bytes) {
		try (POITextExtractor extractor = ExtractorFactory.createExtractor(new ByteArrayInputStream(bytes))) {
			return extractor.getText();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
