package org.govsite.migration;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.govsite.platform.RuleViolation;

/**
 * How the pages of an old site are told apart and read, adjustable by the operator and tried on a
 * sample first. URL patterns are regular expressions over the address's path (and query); the
 * selectors are CSS selectors, blank for the automatic reading that suits most government CMSs
 * (TRS, 大汉, 拓尔思 ...).
 *
 * @param detailPattern a detail page (one document)
 * @param listPattern a list page (a section's index): followed, not imported
 * @param excludePattern pages not followed at all (search, printing, other languages ...)
 * @param titleSelector the title, blank for {@code h1} or the page title
 * @param dateSelector the publish date, blank for the first date near 发布时间
 * @param sourceSelector the source, blank for the text after 来源
 * @param bodySelector the body, blank for the usual containers or the block with most text
 */
public record CrawlRules(String detailPattern, String listPattern, String excludePattern, String titleSelector,
		String dateSelector, String sourceSelector, String bodySelector) {

	/** Detail pages as the usual CMSs name them: t20200102_123.html, art_1_2.html, content_3.html, 123.html. */
	public static final String DETAIL = ".*/(t\\d{8}_\\d+|art_\\d+_\\d+|content_\\d+|\\d+)\\.s?html?$";

	public static final String LIST = ".*/((index|list)(_\\d+)?\\.s?html?)?$";

	public static final String EXCLUDE = ".*(search|print|login|javascript:).*";

	public CrawlRules {
		detailPattern = detailPattern == null ? "" : detailPattern.strip();
		listPattern = listPattern == null ? "" : listPattern.strip();
		excludePattern = excludePattern == null ? "" : excludePattern.strip();
		titleSelector = titleSelector == null ? "" : titleSelector.strip();
		dateSelector = dateSelector == null ? "" : dateSelector.strip();
		sourceSelector = sourceSelector == null ? "" : sourceSelector.strip();
		bodySelector = bodySelector == null ? "" : bodySelector.strip();
		for (String pattern : new String[] { detailPattern, listPattern, excludePattern }) {
			try {
				Pattern.compile(pattern);
			}
			catch (PatternSyntaxException e) {
				throw new RuleViolation("migration.rules.pattern", pattern);
			}
		}
	}

	public static CrawlRules defaults() {
		return new CrawlRules(DETAIL, LIST, EXCLUDE, "", "", "", "");
	}
}
