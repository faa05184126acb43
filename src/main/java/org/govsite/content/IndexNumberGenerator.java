package org.govsite.content;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Makes the 索引号 of a policy document when it is first published (SPEC.md §5). No national format
 * exists, so this is the plug: a deployment declares its own bean to replace the default
 * {@code <prefix>/<year>-<5-digit serial>}. The platform keeps a number unique (a number already
 * held is never given twice: the generator is asked again) and never changes it afterwards.
 */
@FunctionalInterface
public interface IndexNumberGenerator {

	/**
	 * @param subject the document being published and its publisher
	 * @param serials the serial counters, kept by the platform
	 * @return the 索引号
	 */
	String generate(Subject subject, Serials serials);

	/**
	 * @param documentId the document
	 * @param siteId its site, the publisher
	 * @param siteCode the site's 政府网站标识码, once assigned
	 * @param publishedOn the day of its first publication (China time)
	 */
	record Subject(long documentId, long siteId, @Nullable String siteCode, LocalDate publishedOn) {
	}

	/** Serials per key and year, from 1; one taken is never given again, even to concurrent callers. */
	@FunctionalInterface
	interface Serials {

		int next(String key, int year);
	}
}
