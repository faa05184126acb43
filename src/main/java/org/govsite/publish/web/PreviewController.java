package org.govsite.publish.web;

import jakarta.servlet.http.HttpServletRequest;

import org.govsite.platform.BackOffice;
import org.govsite.publish.DocumentPreview;
import org.govsite.publish.PreviewFile;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The preview of a document before release: its newest version rendered with its site's theme,
 * in memory only. The page's relative links to the theme's files and the attachments come back here.
 */
@Controller
@BackOffice
class PreviewController {

	private static final String BASE = "/admin/preview/documents/";

	private final DocumentPreview documentPreview;

	PreviewController(DocumentPreview documentPreview) {
		this.documentPreview = documentPreview;
	}

	@GetMapping(value = BASE + "{id}", produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	String preview(@PathVariable long id, HttpServletRequest request) {
		return documentPreview.preview(id, request.getContextPath() + BASE + id + "/p/");
	}

	@GetMapping(BASE + "{id}/p/{*path}")
	ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable String path) {
		PreviewFile file = documentPreview.previewFile(id, path.startsWith("/") ? path.substring(1) : path);
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType())).body(file.content());
	}
}
