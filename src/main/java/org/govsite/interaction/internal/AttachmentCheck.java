package org.govsite.interaction.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.tika.Tika;
import org.govsite.interaction.LetterRefused;
import org.govsite.interaction.NewAttachment;

/**
 * The attachments a citizen may send with a letter: JPEG, PNG and PDF as their content says (the
 * name and the browser's type are not believed), so many at most, each within the size limit. A
 * PDF must open and carry nothing that runs (scripts, launch actions, embedded files); its text
 * goes to the content check with the letter's own. Plain Java: refusals are {@link LetterRefused}
 * in Chinese, before anything is stored.
 * <p>
 * A PDF is read on a thread of its own within a time limit, and only its first pages for text: the
 * check runs while the citizen waits, and a crafted file must not hold a request thread (or the
 * letters after it) for as long as it likes.
 */
public final class AttachmentCheck {

	static final Set<String> TYPES = Set.of("image/jpeg", "image/png", "application/pdf");

	/** Markers of PDF content that runs or carries other files. */
	private static final List<String> ACTIVE_PDF = List.of("/JavaScript", "/JS", "/Launch", "/EmbeddedFile", "/RichMedia");

	private static final int MAX_TEXT = 20_000;

	/** Pages whose text is read; the content check needs no more than the first. */
	static final int MAX_PAGES = 200;

	static final Duration PDF_TIME_LIMIT = Duration.ofSeconds(10);

	private static final Tika TIKA = new Tika();

	/** An attachment that passed, with its type and, for a PDF, its text. */
	public record Checked(String fileName, String mediaType, byte[] content, String text) {
	}

	private AttachmentCheck() {
	}

	public static List<Checked> check(List<NewAttachment> files, int maxFiles, long maxBytes) {
		return check(files, maxFiles, maxBytes, PDF_TIME_LIMIT);
	}

	static List<Checked> check(List<NewAttachment> files, int maxFiles, long maxBytes, Duration pdfTimeLimit) {
		List<NewAttachment> sent = files.stream().filter(file -> file.content().length > 0).toList();
		if (sent.size() > maxFiles) {
			throw new LetterRefused(400, "interaction.attachment.tooMany");
		}
		List<Checked> checked = new ArrayList<>();
		for (NewAttachment file : sent) {
			if (file.content().length > maxBytes) {
				throw new LetterRefused(413, "interaction.attachment.tooLarge");
			}
			String type = TIKA.detect(file.content());
			if (!TYPES.contains(type)) {
				throw new LetterRefused(415, "interaction.attachment.type");
			}
			checked.add(new Checked(name(file.fileName(), type), type, file.content(),
					"application/pdf".equals(type) ? pdfTextInTime(file.content(), pdfTimeLimit) : ""));
		}
		return checked;
	}

	private static String pdfTextInTime(byte[] content, Duration limit) {
		CompletableFuture<String> reading = CompletableFuture.supplyAsync(() -> pdfText(content),
				command -> Thread.ofVirtual().name("letter-attachment-check").start(command));
		try {
			return reading.get(limit.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException e) {
			reading.cancel(true);
			throw new LetterRefused(415, "interaction.attachment.slowPdf");
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof LetterRefused refused) {
				throw refused;
			}
			throw new LetterRefused(415, "interaction.attachment.brokenPdf");
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new LetterRefused(415, "interaction.attachment.slowPdf");
		}
	}

	private static String pdfText(byte[] content) {
		String raw = new String(content, StandardCharsets.ISO_8859_1);
		for (String marker : ACTIVE_PDF) {
			if (containsName(raw, marker)) {
				throw new LetterRefused(415, "interaction.attachment.activePdf");
			}
		}
		try (PDDocument document = Loader.loadPDF(content)) {
			if (document.isEncrypted()) {
				throw new LetterRefused(415, "interaction.attachment.brokenPdf");
			}
			// Names hidden in compressed object streams are not in the raw bytes: ask the document.
			var catalog = document.getDocumentCatalog();
			if (catalog.getNames() != null
					&& (catalog.getNames().getJavaScript() != null || catalog.getNames().getEmbeddedFiles() != null)
					|| catalog.getOpenAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript
					|| catalog.getOpenAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch) {
				throw new LetterRefused(415, "interaction.attachment.activePdf");
			}
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setEndPage(MAX_PAGES);
			String text = stripper.getText(document);
			return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
		}
		catch (IOException e) {
			throw new LetterRefused(415, "interaction.attachment.brokenPdf");
		}
	}

	/** A PDF name such as {@code /JS}, not the start of a longer one ({@code /JSON}). */
	private static boolean containsName(String raw, String name) {
		int at = raw.indexOf(name);
		while (at >= 0) {
			int after = at + name.length();
			if (after >= raw.length() || !Character.isLetterOrDigit(raw.charAt(after))) {
				return true;
			}
			at = raw.indexOf(name, after);
		}
		return false;
	}

	/** The name as shown: its last path part, without control characters, at most 100 characters, the type's extension. */
	static String name(String fileName, String type) {
		String base = fileName.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "").strip();
		if (base.length() > 100) {
			base = base.substring(base.length() - 100);
		}
		String extension = switch (type) {
			case "image/jpeg" -> ".jpg";
			case "image/png" -> ".png";
			default -> ".pdf";
		};
		if (!base.toLowerCase(java.util.Locale.ROOT).endsWith(extension)
				&& !(extension.equals(".jpg") && base.toLowerCase(java.util.Locale.ROOT).endsWith(".jpeg"))) {
			base = (base.isEmpty() ? "附件" : base) + extension;
		}
		return base;
	}
}
