package org.govsite.guard.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.govsite.guard.ContentGuard;
import org.govsite.platform.AttachmentText;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The text a reader gets from a published file: a page's text (jsoup), an attachment's through
 * the platform's {@link AttachmentText} (the same reading search does for its index). Files above
 * the size limit are skipped and a file that takes too long is given up: one attachment never
 * holds up the scan of a site. Public for the daily scan's benchmark (bench/guard-daily.sh).
 */
public final class PublishedText {

	private static final Logger log = LoggerFactory.getLogger(PublishedText.class);

	private final long maxSize;

	private final AttachmentText attachments;

	public PublishedText(long maxSize, long timeoutMillis) {
		this.maxSize = maxSize;
		// The whole text is scanned: a finding may be anywhere in it.
		this.attachments = new AttachmentText(maxSize, timeoutMillis, Integer.MAX_VALUE);
	}

	/** Whether the file is of a kind whose text is read. */
	public static boolean readable(String path) {
		return page(path) || AttachmentText.readable(path);
	}

	/** The text, or null when the file is too large or cannot be read in time. */
	public @Nullable String read(Path file) {
		try {
			if (Files.size(file) > maxSize) {
				return null;
			}
			if (!page(file.getFileName().toString())) {
				return attachments.read(file.toString(), Files.newInputStream(file));
			}
			return ContentGuard.textOf(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			log.warn("{} has no readable text: {}", file, e.toString());
			return null;
		}
	}

	private static boolean page(String name) {
		return name.toLowerCase(Locale.ROOT).endsWith(".html");
	}
}
