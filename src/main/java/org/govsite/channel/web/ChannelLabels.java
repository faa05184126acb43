package org.govsite.channel.web;

import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsite.channel.ChannelKind;
import org.govsite.channel.ChannelManagement;
import org.govsite.channel.ChannelView;
import org.govsite.channel.UpdateRule;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Says channel kinds and update rules in Chinese, for the console and the API. */
@Component
class ChannelLabels {

	private final MessageSource messages;

	private final ChannelManagement channels;

	ChannelLabels(MessageSource messages, ChannelManagement channels) {
		this.messages = messages;
		this.channels = channels;
	}

	public String kind(ChannelKind kind) {
		return message("channel.kind." + kind.name());
	}

	/** The rule in words: “2周内更新”, “6个月内更新（一级栏目）”, “情况变化时更新” … */
	public String rule(UpdateRule rule) {
		if (rule.maxInterval() == null) {
			return message("channel.rule." + rule.cadence().name());
		}
		String within = message("channel.rule.WITHIN", period(rule.maxInterval()));
		return rule.firstLevelOnly() ? message("channel.rule.firstLevelOnly", within) : within;
	}

	/** The rule a channel follows, saying so when its limit binds only first-level channels and it is not one. */
	public String ruleFor(ChannelView channel) {
		UpdateRule rule = channel.updateRule();
		if (rule.hasLimit() && rule.limitAt(channel.level()).isEmpty()) {
			return message("channel.rule.notBinding", rule(rule));
		}
		return rule(rule);
	}

	/** Each kind with its default rule, for choosing a kind in a form. */
	Map<ChannelKind, String> kindsWithDefaultRules() {
		Map<ChannelKind, String> options = new LinkedHashMap<>();
		for (ChannelKind kind : ChannelKind.values()) {
			options.put(kind, message("channel.kind.withRule", kind(kind), rule(channels.defaultRule(kind))));
		}
		return options;
	}

	/** A period in words: “1年6个月”, “2周”, “10天”. */
	String period(Period period) {
		List<String> parts = new ArrayList<>();
		if (period.getYears() != 0) {
			parts.add(message("channel.period.years", period.getYears()));
		}
		if (period.getMonths() != 0) {
			parts.add(message("channel.period.months", period.getMonths()));
		}
		int days = period.getDays();
		if (days != 0) {
			parts.add(days % 7 == 0 ? message("channel.period.weeks", days / 7) : message("channel.period.days", days));
		}
		return String.join("", parts);
	}

	String message(String code, Object... arguments) {
		return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}
}
