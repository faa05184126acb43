package org.govsite.channel.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.govsite.channel.ChannelKind;
import org.govsite.channel.ChannelNode;
import org.govsite.channel.ChannelView;
import org.jspecify.annotations.Nullable;

/**
 * A channel as the API shows it: {@link ChannelView} with its rule in text form and in words.
 *
 * @param updateRule the rule it follows, in text form ({@code P14D}, {@code P6M first-level} …)
 * @param updateRuleText that rule in Chinese, saying so when it does not bind the channel at its level
 * @param ownUpdateRule whether the rule is the channel's own rather than its kind's default
 * @param children its children, in order, when the response is a tree; otherwise absent
 */
record ChannelResponse(long id, long siteId, @Nullable Long parentId, String name, String code, String path,
		int level, int position, ChannelKind kind, String kindName, String updateRule, String updateRuleText,
		boolean ownUpdateRule, String responsibleUnit, String responsiblePerson, @Nullable String responsiblePhone,
		@Nullable String description, @Nullable String keywords, boolean visible, boolean shownInNavigation,
		@Nullable LocalDate archivedOn, boolean acceptsContent, Instant createdAt,
		@Nullable List<ChannelResponse> children) {

	static ChannelResponse of(ChannelView channel, ChannelLabels labels) {
		return of(channel, labels, null);
	}

	static ChannelResponse of(ChannelNode node, ChannelLabels labels) {
		return of(node.channel(), labels, node.children().stream().map(child -> of(child, labels)).toList());
	}

	private static ChannelResponse of(ChannelView channel, ChannelLabels labels,
			@Nullable List<ChannelResponse> children) {
		return new ChannelResponse(channel.id(), channel.siteId(), channel.parentId(), channel.name(), channel.code(),
				channel.path(), channel.level(), channel.position(), channel.kind(), labels.kind(channel.kind()),
				channel.updateRule().toString(), labels.ruleFor(channel), channel.ownUpdateRule(),
				channel.responsibleUnit(), channel.responsiblePerson(), channel.responsiblePhone(),
				channel.description(), channel.keywords(), channel.visible(), channel.shownInNavigation(),
				channel.archivedOn(), channel.acceptsContent(), channel.createdAt(), children);
	}
}
