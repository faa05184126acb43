package org.govsite.interaction;

/** How often a subscriber hears of new publications. */
public enum SubscriptionFrequency {

	/** 实时推送: an email as soon as something is published (a burst comes as one email) */
	IMMEDIATE,

	/** 每日摘要: one email a day with what was published since the last */
	DAILY
}
