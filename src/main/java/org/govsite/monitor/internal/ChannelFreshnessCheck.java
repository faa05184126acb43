package org.govsite.monitor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.govsite.channel.ChannelDirectory;
import org.govsite.channel.ChannelFreshness;
import org.govsite.channel.ChannelKind;
import org.govsite.channel.ChannelView;
import org.govsite.channel.ChannelWatch;
import org.govsite.identity.StaffRole;
import org.govsite.monitor.InspectionCheck;
import org.govsite.monitor.Problem;
import org.govsite.monitor.ProblemKind;
import org.govsite.platform.RunAs;
import org.govsite.site.SiteSummary;

import org.springframework.stereotype.Component;

/**
 * 栏目更新: each channel against its kind's update rule as the channel module judges it. An
 * overdue news channel, or first-level notice or policy channel, counts toward the national veto's
 * five; any other overdue one toward its ten; a channel that never had content is empty, unless it
 * only groups channels below it. The warning before the rule breaks stays the channel module's.
 */
@Component
class ChannelFreshnessCheck implements InspectionCheck {

	private final ChannelWatch watch;

	private final ChannelDirectory channels;

	private final Texts texts;

	ChannelFreshnessCheck(ChannelWatch watch, ChannelDirectory channels, Texts texts) {
		this.watch = watch;
		this.channels = channels;
		this.texts = texts;
	}

	@Override
	public String name() {
		return "monitor.channel-freshness";
	}

	@Override
	public List<Problem> inspect(SiteSummary site) {
		Map<Long, ChannelFreshness> states = RunAs.actor(Owners.ACTOR, () -> watch.freshness(site.id()),
				StaffRole.SYSTEM_ADMIN.authority(), StaffRole.STAFF_AUTHORITY);
		List<ChannelView> all = channels.ofSite(site.id());
		Set<Long> parents = all.stream().map(ChannelView::parentId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
		List<Problem> problems = new ArrayList<>();
		for (ChannelView channel : all) {
			ChannelFreshness freshness = states.get(channel.id());
			if (freshness == null) {
				continue;
			}
			String subject = "channel:" + channel.id();
			switch (freshness.state()) {
				case OVERDUE -> problems.add(new Problem(key(channel) ? ProblemKind.CHANNEL_STALE_KEY : ProblemKind.CHANNEL_STALE,
						subject, channel.id(), texts.get("monitor.channel.stale", channel.name(), String.valueOf(freshness.due())),
						texts.get("monitor.channel.staleEvidence", channel.path(), channel.updateRule().toString(),
								String.valueOf(freshness.lastPublished()), channel.responsiblePerson())));
				case EMPTY -> {
					if (!parents.contains(channel.id())) {
						problems.add(new Problem(ProblemKind.CHANNEL_EMPTY, subject, channel.id(),
								texts.get("monitor.channel.empty", channel.name()),
								texts.get("monitor.channel.emptyEvidence", channel.path(), channel.createdAt().toString(),
										channel.responsiblePerson())));
					}
				}
				default -> {
				}
			}
		}
		return problems;
	}

	/** The channels the veto counts in its group of five: news, and first-level notice and policy channels. */
	static boolean key(ChannelView channel) {
		return channel.kind() == ChannelKind.NEWS
				|| (channel.firstLevel() && (channel.kind() == ChannelKind.NOTICE || channel.kind() == ChannelKind.POLICY));
	}
}
