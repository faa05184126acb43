package org.govsite.publish;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A page another module gives the publisher: published in the theme's {@code page} template with
 * the site's header, navigation and footer.
 *
 * @param path where it goes on the site: lower-case letters, digits, {@code -} and {@code /},
 * ending in {@code .html}, e.g. {@code bsfw/guides/12.html}
 * @param title its title
 * @param body its content as HTML, built by the source with every text escaped; the publisher
 * sanitizes it once more (no scripts, no event handlers, no {@code javascript:} links)
 * @param updatedAt when it last changed, for its 更新日期
 */
public record SourcedPage(String path, String title, String body, Instant updatedAt) {

	private static final Pattern PATH = Pattern.compile("[a-z0-9-]+(/[a-z0-9-]+)*\\.html");

	public SourcedPage {
		if (!PATH.matcher(path).matches()) {
			throw new IllegalArgumentException("Not a page path of a source: " + path);
		}
	}
}
