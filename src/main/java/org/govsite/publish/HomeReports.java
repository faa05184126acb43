package org.govsite.publish;

import java.util.List;

/**
 * The reports a module publishes as pages of a site ({@link SitePageSource}) that must be reachable
 * from the site's home page, such as the annual website report (政府网站工作年度报表): the home
 * page's 政务公开 block links to each. Given by the module that keeps them (report), so that
 * publishing needs nothing of that module; asked at every publish of the home page, and the module
 * asks {@link PublishJobs#homeReportsChanged(long, String)} when one is published.
 */
public interface HomeReports {

	/** The site's reports to link, newest first. */
	List<Report> of(long siteId);

	/**
	 * A report's page.
	 *
	 * @param sitePath its path relative to the site's folder, among the pages the module gives
	 */
	record Report(String title, String sitePath) {
	}
}
