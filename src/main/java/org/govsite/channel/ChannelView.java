package org.govsite.channel;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A channel as other modules and the console see it, with what its place in the tree implies.
 *
 * @param id the channel's id
 * @param siteId the site it belongs to
 * @param parentId its parent, {@code null} for a first-level channel
 * @param name its name ({@code ColumnName})
 * @param code its own part of its pages' URLs
 * @param path the codes from the first level down to it, joined by {@code /} ({@code xxgk/zcwj})
 * @param level 1 for a first-level channel, 2 for its children …
 * @param position its 1-based place among its siblings
 * @param kind what it holds ({@code ColumnType})
 * @param updateRule the rule it follows: its own, or its kind's default
 * @param ownUpdateRule whether that rule is the channel's own rather than its kind's default
 * @param responsibleUnit the unit responsible for it
 * @param responsiblePerson 栏目责任人
 * @param responsiblePhone the responsible person's work phone, if given
 * @param description {@code ColumnDescription}, if given
 * @param keywords {@code ColumnKeywords}, if given
 * @param visible its own setting: a hidden channel stays, with its pages, but leaves navigation
 * @param shownInNavigation whether it and all its ancestors are visible
 * @param archivedOn the day it was archived, {@code null} while it is open
 * @param acceptsContent whether it takes new content: neither it nor an ancestor is archived
 * @param createdAt when it was created
 */
public record ChannelView(long id, long siteId, @Nullable Long parentId, String name, String code, String path,
		int level, int position, ChannelKind kind, UpdateRule updateRule, boolean ownUpdateRule,
		String responsibleUnit, String responsiblePerson, @Nullable String responsiblePhone,
		@Nullable String description, @Nullable String keywords, boolean visible, boolean shownInNavigation,
		@Nullable LocalDate archivedOn, boolean acceptsContent, Instant createdAt) {

	public boolean archived() {
		return archivedOn != null;
	}

	public boolean firstLevel() {
		return level == 1;
	}
}
