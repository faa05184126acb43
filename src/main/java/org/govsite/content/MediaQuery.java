package org.govsite.content;

import org.jspecify.annotations.Nullable;

/**
 * What the media library (媒体库) of a site is asked for.
 *
 * @param siteId the site whose documents' files are listed
 * @param text words of the file's name or its uploader's account, or {@code null} for all
 * @param kind pictures, other files, or both
 */
public record MediaQuery(long siteId, @Nullable String text, MediaKind kind) {

	public MediaQuery {
		text = text == null || text.isBlank() ? null : text.strip();
		kind = kind == null ? MediaKind.ALL : kind;
	}

	/** Pictures (JPEG, PNG, GIF, WebP: what a page shows inline) or the other files. */
	public enum MediaKind {
		ALL, PICTURES, FILES
	}
}
