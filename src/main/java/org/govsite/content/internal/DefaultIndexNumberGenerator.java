package org.govsite.content.internal;

import org.govsite.content.IndexNumberGenerator;

/**
 * SPEC.md §5's default 索引号: {@code <prefix>/<year>-<5-digit serial>}, the serial counted per
 * prefix and year. The prefix is the publisher's code; the platform records no organisation code
 * for a site, so its 政府网站标识码 stands for it, and a site without one yet uses {@code GS} and its
 * number. A deployment that keeps organisation or credit codes declares its own generator.
 */
class DefaultIndexNumberGenerator implements IndexNumberGenerator {

	@Override
	public String generate(Subject subject, Serials serials) {
		String prefix = subject.siteCode() != null && !subject.siteCode().isBlank() ? subject.siteCode()
				: "GS%08d".formatted(subject.siteId());
		int year = subject.publishedOn().getYear();
		return "%s/%d-%05d".formatted(prefix, year, serials.next(prefix, year));
	}
}
