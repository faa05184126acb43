package org.govsite.report.internal;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Tells robots from readers by their User-Agent, as the common crawlers, link checkers, HTTP
 * libraries and headless browsers name themselves. No agent at all counts as a robot: every
 * browser sends one.
 */
public final class BotFilter {

	private static final Pattern ROBOT = Pattern.compile("bot|crawl|spider|slurp|scrap|archiver|fetch|monitor|check|"
			+ "preview|headless|phantomjs|curl|wget|python|java/|go-http|okhttp|httpclient|axios|node-fetch|libwww|perl|"
			+ "ruby|php/|scan|wrk|ab/|jmeter|gatling|k6/|lighthouse|pingdom|uptime|baiduspider|yisouspider|sogou|360spider|"
			+ "bytespider|petalbot|yandex|bingpreview|facebookexternalhit|embedly|quora|whatsapp|telegram",
			Pattern.CASE_INSENSITIVE);

	private BotFilter() {
	}

	public static boolean isRobot(@Nullable String userAgent) {
		return userAgent == null || userAgent.isBlank() || ROBOT.matcher(userAgent).find();
	}
}
