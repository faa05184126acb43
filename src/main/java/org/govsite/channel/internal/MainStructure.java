package org.govsite.channel.internal;

import java.util.Objects;

import org.govsite.channel.ChannelChanged.ChangeKind;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteStructureChanges;
import org.govsite.site.SiteState;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Tells the site module when a site's main channel structure changes, so that it keeps a change
 * record to report (SPEC.md §1): a first-level channel added, renamed, moved in or out of the first
 * level, hidden from or shown in navigation, archived or restored. Reordering is not a change of
 * structure. A site that has not gone online yet (its tree is being built) or whose life on the
 * platform has ended has nothing to report. Callers have already checked that the user may change
 * the channels.
 */
@Component
public class MainStructure {

	private final SiteStructureChanges sites;

	private final SiteDirectory directory;

	private final MessageSource messages;

	MainStructure(SiteStructureChanges sites, SiteDirectory directory, MessageSource messages) {
		this.sites = sites;
		this.directory = directory;
		this.messages = messages;
	}

	public void added(Channel channel) {
		if (channel.parentId() == null) {
			record(channel, "channel.structure.added", channel.name(), channel.code());
		}
	}

	public void edited(Channel channel, String oldName, String oldCode) {
		if (channel.parentId() != null) {
			return;
		}
		if (!oldName.equals(channel.name())) {
			record(channel, "channel.structure.renamed", oldName, channel.name());
		}
		if (!oldCode.equals(channel.code())) {
			record(channel, "channel.structure.recoded", channel.name(), oldCode, channel.code());
		}
	}

	public void moved(Channel channel, @Nullable Long oldParentId, @Nullable String newParentName) {
		if (oldParentId == null && newParentName != null) {
			record(channel, "channel.structure.movedDown", channel.name(), newParentName);
		}
		else if (oldParentId != null && channel.parentId() == null) {
			record(channel, "channel.structure.movedUp", channel.name());
		}
	}

	/** A first-level channel hidden, shown, archived or restored. */
	public void stateChanged(Channel channel, ChangeKind kind) {
		if (channel.parentId() == null) {
			record(channel, "channel.structure." + kind.name(), channel.name());
		}
	}

	private void record(Channel channel, String code, Object... arguments) {
		if (!directory.find(channel.siteId()).map(site -> reportsChanges(site.state())).orElse(false)) {
			return;
		}
		sites.recordStructureChange(channel.siteId(),
				Objects.requireNonNull(messages.getMessage(code, arguments, LocaleContextHolder.getLocale())));
	}

	/** Whether the site has been online and is still on the platform: only then are changes reported. */
	static boolean reportsChanges(SiteState state) {
		return state != SiteState.APPLIED && state != SiteState.APPROVED && !state.isFinal();
	}
}
