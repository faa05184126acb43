package org.govsite.channel.internal;

import org.springframework.stereotype.Component;

/** The settings the channel watch reads ({@code govsite.channel.warn-before-working-days}). */
@Component
public class ChannelWatchSettings {

	private final ChannelProperties properties;

	ChannelWatchSettings(ChannelProperties properties) {
		this.properties = properties;
	}

	/** How many working days before a channel breaks its rule its responsible person is warned. */
	public int warnBeforeWorkingDays() {
		return properties.warnBeforeWorkingDays();
	}
}
