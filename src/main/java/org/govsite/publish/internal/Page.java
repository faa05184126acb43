package org.govsite.publish.internal;

import java.util.Map;
import java.util.Set;

/**
 * A rendered page, with what it depends on (so that a change finds it again) and the attachment
 * files it links to (copied next to it when missing).
 *
 * @param path where it goes, relative to the site's folder
 * @param content the page
 * @param dependencies the documents and channels it shows
 * @param files the attachment files it links to: site path to attachment id
 */
public record Page(String path, String content, Set<Dependency> dependencies, Map<String, Long> files) {

	public Page(String path, String content, Set<Dependency> dependencies) {
		this(path, content, dependencies, Map.of());
	}

	/** What a page depends on. */
	public record Dependency(Kind kind, long ref) {

		public static Dependency documentPage(long documentId) {
			return new Dependency(Kind.DOCUMENT_PAGE, documentId);
		}

		public static Dependency document(long documentId) {
			return new Dependency(Kind.DOCUMENT, documentId);
		}

		public static Dependency channel(long channelId) {
			return new Dependency(Kind.CHANNEL, channelId);
		}

		/** How a page depends on a document or a channel. */
		public enum Kind {

			/** The page is the document's own. */
			DOCUMENT_PAGE,

			/** The page shows the document: in a list, a block, a link. */
			DOCUMENT,

			/** The page is a list page of the channel. */
			CHANNEL
		}
	}
}
