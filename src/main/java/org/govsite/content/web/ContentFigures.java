package org.govsite.content.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govsite.channel.ChannelDirectory;
import org.govsite.channel.ChannelView;
import org.govsite.content.PublishedPerChannel;
import org.govsite.identity.StaffAccess;
import org.govsite.identity.StaffRole;
import org.govsite.platform.BackOffice;
import org.govsite.platform.WorkbenchFigure;
import org.govsite.platform.WorkbenchFigureSource;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * What an editor and a manager look at each morning on the 工作台: the documents waiting for
 * their review, and what their sites published this week, per channel.
 */
@Component
@BackOffice
class ContentFigures implements WorkbenchFigureSource {

	/** Bars beyond these are too small to read on the 工作台; the details page has them all. */
	private static final int MAX_BARS = 8;

	private final WorkbenchReviewQueue reviewQueue;

	private final PublishedPerChannel publications;

	private final ChannelDirectory channels;

	private final StaffAccess access;

	private final Clock clock;

	ContentFigures(WorkbenchReviewQueue reviewQueue, PublishedPerChannel publications, ChannelDirectory channels,
			StaffAccess access, Clock clock) {
		this.reviewQueue = reviewQueue;
		this.publications = publications;
		this.channels = channels;
		this.access = access;
		this.clock = clock;
	}

	@Override
	public List<WorkbenchFigure> figuresFor(Authentication user) {
		Set<Long> sites = access.sitesWith(StaffRole.SITE_MANAGER, StaffRole.EDITOR, StaffRole.REVIEWER);
		if (sites.isEmpty()) {
			return List.of();
		}
		List<WorkbenchFigure> figures = new ArrayList<>();
		if (!access.sitesWith(StaffRole.REVIEWER).isEmpty()) {
			figures.add(new WorkbenchFigure("content.figure.awaitingReview", "/admin/review", reviewQueue.get().total().counted(),
					List.of()));
		}
		LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		Map<Long, Integer> perChannel = publications.since(sites, monday.atStartOfDay(clock.getZone()).toInstant());
		List<WorkbenchFigure.Part> parts = new ArrayList<>();
		perChannel.forEach((channelId, count) -> {
			if (parts.size() < MAX_BARS) {
				parts.add(new WorkbenchFigure.Part(channels.find(channelId).map(ChannelView::name).orElse("#" + channelId), count));
			}
		});
		figures.add(new WorkbenchFigure("content.figure.publishedThisWeek", "/admin/documents?state=PUBLISHED",
				perChannel.values().stream().mapToInt(Integer::intValue).sum(), parts));
		return figures;
	}
}
