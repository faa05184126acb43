package org.govsite.migration.internal;

import java.net.URI;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import org.govsite.platform.FetchGuard;

/** The old site's robots.txt, read by crawler-commons for the platform's agent; none found allows all. */
public final class Robots {

	static final String AGENT = "GovSite";

	private Robots() {
	}

	public static BaseRobotRules of(FetchGuard guard, URI start) {
		String address = start.resolve("/robots.txt").toString();
		try {
			FetchGuard.Fetched fetched = guard.get(address);
			return new SimpleRobotRulesParser().parseContent(address, fetched.body(), fetched.contentType(),
					java.util.List.of(AGENT.toLowerCase(java.util.Locale.ROOT)));
		}
		catch (java.io.IOException | RuntimeException e) {
			return new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
		}
	}
}
