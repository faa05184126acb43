package org.govsite.interaction.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.govsite.interaction.LetterAttachment;
import org.govsite.interaction.NewAttachment;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/**
 * Letters' attachments in and out of the web: an upload taken as bytes (its type is read later from
 * its content), and a download always as a file to save, of the type its content was found to have,
 * sandboxed, so that nothing a citizen sent runs in the site's origin.
 */
final class AttachmentResponses {

	private AttachmentResponses() {
	}

	static List<NewAttachment> uploads(@Nullable List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream().filter(file -> !file.isEmpty()).map(file -> {
			try {
				return new NewAttachment(file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), file.getBytes());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}).toList();
	}

	static ResponseEntity<byte[]> download(LetterAttachment.Download file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.attachment().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.attachment().fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox; default-src 'none'")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(file.content());
	}
}
