package org.govsite.migration.internal;

import java.util.List;

import org.govsite.channel.ChannelDirectory;
import org.govsite.channel.ChannelView;
import org.govsite.migration.MigrationView;
import org.govsite.migration.SectionView;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The old site's sections, found by the crawl, each with the channel of the new site whose name
 * fits its own best, as a suggestion the operator confirms or changes.
 */
@Component
class Sections {

	private final MigrationStore store;

	private final ChannelDirectory channels;

	Sections(MigrationStore store, ChannelDirectory channels) {
		this.store = store;
		this.channels = channels;
	}

	void collect(MigrationView migration) {
		store.collectSections(migration.id());
		List<ChannelView> candidates = channels.ofSite(migration.siteId());
		for (SectionView section : store.sections(migration.id())) {
			ChannelView best = suggestion(section, candidates);
			store.suggest(migration.id(), section.section(), best == null ? null : best.id());
		}
	}

	/** The channel named as the section, else the one sharing most characters with its name (two at least). */
	static @Nullable ChannelView suggestion(SectionView section, List<ChannelView> channels) {
		String label = section.label() == null ? "" : section.label().strip();
		String folder = section.section().replaceAll("^/|/$", "");
		String lastFolder = folder.substring(folder.lastIndexOf('/') + 1);
		ChannelView best = null;
		int bestScore = 1;
		for (ChannelView channel : channels) {
			if (channel.name().equals(label) || channel.code().equalsIgnoreCase(lastFolder)) {
				return channel;
			}
			int score = (int) channel.name().codePoints().filter(c -> label.indexOf(c) >= 0).count();
			if (score > bestScore) {
				bestScore = score;
				best = channel;
			}
		}
		return best;
	}
}
