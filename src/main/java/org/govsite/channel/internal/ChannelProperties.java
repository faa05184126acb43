package org.govsite.channel.internal;

import java.util.EnumMap;
import java.util.Map;

import org.govsite.channel.ChannelKind;
import org.govsite.channel.UpdateRule;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The channel settings.
 *
 * @param updateRules the default update rule of each channel kind, in the rule's text form
 * ({@code P14D}, {@code P6M first-level}, {@code when-facts-change} …); a kind not named keeps
 * the rule SPEC.md implies ({@link ChannelKind#builtInRule()})
 * @param warnBeforeWorkingDays how many working days before a channel breaks its update rule its
 * responsible person is warned
 */
@ConfigurationProperties("govsite.channel")
record ChannelProperties(@Nullable Map<ChannelKind, UpdateRule> updateRules,
		@DefaultValue("3") int warnBeforeWorkingDays) {

	ChannelProperties {
		Map<ChannelKind, UpdateRule> rules = new EnumMap<>(ChannelKind.class);
		for (ChannelKind kind : ChannelKind.values()) {
			rules.put(kind, kind.builtInRule());
		}
		if (updateRules != null) {
			rules.putAll(updateRules);
		}
		updateRules = Map.copyOf(rules);
	}

	/** The rule a channel of the kind follows unless it sets its own. */
	UpdateRule defaultRule(ChannelKind kind) {
		return updateRules().get(kind);
	}
}
