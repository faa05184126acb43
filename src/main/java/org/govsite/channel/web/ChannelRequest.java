package org.govsite.channel.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.govsite.channel.ChannelDetails;
import org.govsite.channel.ChannelKind;
import org.govsite.channel.UpdateRule;
import org.jspecify.annotations.Nullable;

/**
 * A channel to create ({@code POST}) or the new details of one ({@code PUT}).
 *
 * @param parentId on creation, the parent (none: a first-level channel); on {@code PUT}, absent
 * or the current parent (a channel changes parent through {@code move})
 * @param name the name
 * @param code its part of URLs: lower-case letters, digits and hyphens, unique among siblings
 * @param kind what it holds
 * @param updateRule its own update rule ({@code P14D}, {@code P6M first-level},
 * {@code when-facts-change}, {@code while-active}, {@code as-events-develop}, {@code none}); absent
 * to follow its kind's default
 * @param responsibleUnit the responsible unit
 * @param responsiblePerson 栏目责任人
 * @param responsiblePhone the responsible person's work phone
 * @param description {@code ColumnDescription}
 * @param keywords {@code ColumnKeywords}, separated by commas
 */
record ChannelRequest(@Nullable Long parentId, @NotBlank @Size(max = 60) String name,
		@NotBlank @Size(max = 40) @Pattern(regexp = ChannelForm.CODE_PATTERN) String code, @NotNull ChannelKind kind,
		@UpdateRuleText @Nullable String updateRule, @NotBlank @Size(max = 100) String responsibleUnit,
		@NotBlank @Size(max = 30) String responsiblePerson,
		@Size(max = 30) @Pattern(regexp = ChannelForm.PHONE_PATTERN) @Nullable String responsiblePhone,
		@Size(max = 200) @Nullable String description, @Size(max = 200) @Nullable String keywords) {

	ChannelDetails details() {
		return new ChannelDetails(name, code, kind,
				updateRule == null || updateRule.isBlank() ? null : UpdateRule.valueOf(updateRule), responsibleUnit,
				responsiblePerson, responsiblePhone, description, keywords);
	}
}
