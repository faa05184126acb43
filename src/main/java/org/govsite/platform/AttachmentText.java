package org.govsite.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The text of an attached file: PDF through PDFBox; Word (.doc, .docx), WPS text and spreadsheet
 * (OLE2 files) and Excel (.xls, .xlsx) through POI, whose zip reading keeps its own entry and ratio
 * limits. A file above the size limit is skipped, one that takes longer than the time limit is given
 * up (the reading runs on its own virtual thread) and the text is cut at a length limit: one
 * attachment never holds up the work that reads it. Search reads attachments for its index, guard
 * for the daily scan.
 */
public final class AttachmentText {

	private static final Logger log = LoggerFactory.getLogger(AttachmentText.class);

	private static final Set<String> OFFICE = Set.of("doc", "docx", "xls", "xlsx", "wps", "et");

	private final long maxSize;

	private final long timeoutMillis;

	private final int maxChars;

	public AttachmentText(long maxSize, long timeoutMillis, int maxChars) {
		this.maxSize = maxSize;
		this.timeoutMillis = timeoutMillis;
		this.maxChars = maxChars;
	}

	/** Whether the file, by its name's extension, is of a kind whose text is read. */
	public static boolean readable(String fileName) {
		String extension = extension(fileName);
		return extension.equals("pdf") || OFFICE.contains(extension);
	}

	/** Whether a file of that many bytes is within the size limit. */
	public boolean fits(long size) {
		return size <= maxSize;
	}

	/**
	 * The text of the file, or null when it is too large, unreadable or not read in time. The
	 * stream is closed.
	 *
	 * @param fileName the name, whose extension tells the kind; also what the log names
	 */
	public @Nullable String read(String fileName, InputStream content) {
		byte[] bytes;
		try (content) {
			bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxSize + 1));
		}
		catch (IOException e) {
			log.warn("{} could not be read: {}", fileName, e.toString());
			return null;
		}
		if (bytes.length > maxSize) {
			return null;
		}
		boolean pdf = extension(fileName).equals("pdf");
		CompletableFuture<String> reading = CompletableFuture.supplyAsync(() -> pdf ? pdf(bytes) : office(bytes),
				command -> Thread.ofVirtual().name("attachment-text").start(command));
		try {
			String text = reading.get(timeoutMillis, TimeUnit.MILLISECONDS);
			return text.length() > maxChars ? text.substring(0, maxChars) : text;
		}
		catch (TimeoutException e) {
			reading.cancel(true);
			log.warn("{} took longer than {} ms to read; passed over", fileName, timeoutMillis);
			return null;
		}
		catch (ExecutionException e) {
			log.warn("{} has no readable text: {}", fileName, e.getCause().toString());
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
