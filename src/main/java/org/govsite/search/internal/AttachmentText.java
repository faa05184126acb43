package org.govsite.search.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
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
import org.govsite.content.AttachmentRef;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The text of an attachment for search: PDF through PDFBox; Word (.doc, .docx), WPS text (an OLE2
 * Word file) and Excel (.xls, .xlsx) through POI. Files above the size limit are skipped, a file
 * that takes longer than the time limit is given up, and the text is cut at a length limit: an
 * attachment never holds up indexing.
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

	/** Whether the attachment is of a kind whose text is read. */
	public boolean readable(AttachmentRef attachment) {
		String extension = attachment.extension().toLowerCase(Locale.ROOT);
		return attachment.size() <= maxSize && (extension.equals("pdf") || OFFICE.contains(extension));
	}

	/** The text, or null when it cannot be read in time. */
	public @Nullable String read(AttachmentRef attachment, InputStream content) {
		byte[] bytes;
		try (content) {
			bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxSize + 1));
		}
		catch (IOException e) {
			log.warn("attachment {} could not be read: {}", attachment.id(), e.toString());
			return null;
		}
		if (bytes.length > maxSize) {
			return null;
		}
		boolean pdf = attachment.extension().equalsIgnoreCase("pdf");
		CompletableFuture<String> reading = CompletableFuture.supplyAsync(() -> pdf ? pdf(bytes) : office(bytes),
				command -> Thread.ofVirtual().name("attachment-text").start(command));
		try {
			String text = reading.get(timeoutMillis, TimeUnit.MILLISECONDS);
			return text.length() > maxChars ? text.substring(0, maxChars) : text;
		}
		catch (TimeoutException e) {
			reading.cancel(true);
			log.warn("attachment {} ({}) took longer than {} ms to read; indexed without its text", attachment.id(),
					attachment.fileName(), timeoutMillis);
			return null;
		}
		catch (ExecutionException e) {
			log.warn("attachment {} ({}) has no readable text: {}", attachment.id(), attachment.fileName(),
					e.getCause().toString());
			return null;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	private static String pdf(byte[] bytes) {
		try (PDDocument document = Loader.loadPDF(bytes)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static String office(byte[] bytes) {
		try (POITextExtractor extractor = ExtractorFactory.createExtractor(new ByteArrayInputStream(bytes))) {
			return extractor.getText();
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
