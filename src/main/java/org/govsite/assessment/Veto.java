package org.govsite.assessment;

import java.util.List;
import java.util.Locale;

/**
 * 单项否决 (SPEC.md §9.4): any one makes a site 不合格 whatever else it scores. Each names the
 * measures it reads, whose tasks are its evidence.
 */
public enum Veto {

	/** Veto 2: the home page failed 5 % or more of a week's probes. */
	UNREACHABLE("unreachable", SiteFacts.HOME_FAILED_PERCENT),

	/** Veto 3: the home page not updated in 2 weeks. */
	HOME_STALE("home-stale"),

	/** Veto 4: 5 or more key channels (news; first-level notice and policy) not updated, or 10 or more channels in all. */
	CHANNELS_STALE("channel-stale-key", "channel-stale"),

	/** Veto 4: 5 or more empty channels. */
	CHANNELS_EMPTY("channel-empty"),

	/** Veto 6: a letter unanswered for more than three months. */
	NO_RESPONSE("letter-unanswered-three-months"),

	/** Vetoes 1 and 5: a blocking content-security finding on a published page. */
	SERIOUS_CONTENT("content-serious");

	private final List<String> measures;

	Veto(String... measures) {
		this.measures = List.of(measures);
	}

	public List<String> measures() {
		return measures;
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Veto ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
	}

	/** Whether the site's facts meet this veto. */
	public boolean appliesTo(SiteFacts facts) {
		return switch (this) {
			case UNREACHABLE -> facts.measure("unreachable").atLeast(1)
					|| facts.measure(SiteFacts.HOME_FAILED_PERCENT).atLeast(5);
			case HOME_STALE -> facts.measure("home-stale").atLeast(1);
			case CHANNELS_STALE -> facts.measure("channel-stale-key").atLeast(5)
					|| facts.measure("channel-stale-key").quantity().add(facts.measure("channel-stale").quantity())
						.compareTo(java.math.BigDecimal.TEN) >= 0;
			case CHANNELS_EMPTY -> facts.measure("channel-empty").atLeast(5);
			case NO_RESPONSE -> facts.measure("letter-unanswered-three-months").atLeast(1);
			case SERIOUS_CONTENT -> facts.measure("content-serious").atLeast(1);
		};
	}
}
