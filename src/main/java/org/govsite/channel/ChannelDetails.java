package org.govsite.channel;

import org.jspecify.annotations.Nullable;

/**
 * What the person who creates or edits a channel decides about it. The place in the tree, the
 * visibility and the archive state change through their own operations.
 *
 * @param name the name shown in navigation and in the {@code ColumnName} meta tag
 * @param code the channel's part of its pages' URLs: lower-case letters, digits and hyphens
 * ({@code news}, {@code zcwj}), unique among its siblings
 * @param kind what the channel holds
 * @param updateRule the channel's own update rule, or {@code null} to follow its kind's default
 * @param responsibleUnit the unit responsible for the channel
 * @param responsiblePerson 栏目责任人
 * @param responsiblePhone the responsible person's work phone, if given
 * @param description for the {@code ColumnDescription} meta tag
 * @param keywords for the {@code ColumnKeywords} meta tag, separated by commas
 */
public record ChannelDetails(String name, String code, ChannelKind kind, @Nullable UpdateRule updateRule,
		String responsibleUnit, String responsiblePerson, @Nullable String responsiblePhone,
		@Nullable String description, @Nullable String keywords) {

	/** A channel following its kind's rule, without phone, description or keywords. */
	public static ChannelDetails of(String name, String code, ChannelKind kind, String responsibleUnit,
			String responsiblePerson) {
		return new ChannelDetails(name, code, kind, null, responsibleUnit, responsiblePerson, null, null, null);
	}

	/** The same details with another phone (the service stores it encrypted). */
	public ChannelDetails withResponsiblePhone(@Nullable String phone) {
		return new ChannelDetails(name, code, kind, updateRule, responsibleUnit, responsiblePerson, phone, description,
				keywords);
	}
}
