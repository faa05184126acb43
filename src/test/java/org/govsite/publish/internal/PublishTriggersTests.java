package org.govsite.publish.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.govsite.publish.JobKind;
import org.govsite.site.ChangeSubject;
import org.govsite.site.NoticeView;
import org.govsite.site.SiteChanged;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteKind;
import org.govsite.site.SitePageFacts;
import org.govsite.site.SiteState;
import org.govsite.site.SiteSummary;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A site's change queues the full publishes it needs, reading no more of the group than it needs:
 * at a province's 2,000 sites, a portal renamed must not read every site to find its departments.
 */
class PublishTriggersTests {

	static final long PORTAL = 1;

	/** Two portals with two departments each, among 2,000 sites; counts the readings of the whole group. */
	static final class Group implements SiteDirectory {

		final AtomicInteger wholeReads = new AtomicInteger();

		final List<SiteSummary> sites = new ArrayList<>();

		Group() {
			sites.add(site(PORTAL, null, SiteKind.PORTAL));
			sites.add(site(2, null, SiteKind.PORTAL));
			sites.add(site(11, PORTAL, SiteKind.DEPARTMENT));
			sites.add(site(12, PORTAL, SiteKind.DEPARTMENT));
			sites.add(site(21, 2L, SiteKind.DEPARTMENT));
			for (long id = 100; sites.size() < 2000; id++) {
				sites.add(site(id, 2L, SiteKind.DEPARTMENT));
			}
		}

		static SiteSummary site(long id, @Nullable Long parent, SiteKind kind) {
			return new SiteSummary(id, "站点" + id, kind, "44160200%02d".formatted(id % 100), parent, SiteState.ONLINE,
					"s" + id + ".example.test", true);
		}

		@Override
		public Optional<SiteSummary> find(long siteId) {
			return sites.stream().filter(site -> site.id() == siteId).findFirst();
		}

		@Override
		public List<SiteSummary> all() {
			wholeReads.incrementAndGet();
			return sites;
		}

		@Override
		public List<SiteSummary> departmentsOf(long portalId) {
			return sites.stream().filter(site -> site.parentId() != null && site.parentId() == portalId).toList();
		}

		@Override
		public Optional<SitePageFacts> pageFacts(long siteId) {
			return Optional.empty();
		}

		@Override
		public List<SitePageFacts> allPageFacts() {
			wholeReads.incrementAndGet();
			return List.of();
		}

		@Override
		public List<NoticeView> noticesOn(long siteId) {
			return List.of();
		}
	}

	/** The jobs queued, by site, without a database. */
	static final class Queued extends JobStore {

		final List<Long> fullSites = new ArrayList<>();

		Queued() {
			super(null);
		}

		@Override
		public long enqueue(long siteId, JobKind kind, Set<Long> documentIds, Set<Long> channelIds, String reason,
				@Nullable String requestedBy, Instant now) {
			assertThat(kind).isEqualTo(JobKind.FULL);
			fullSites.add(siteId);
			return fullSites.size();
		}
	}

	final Group group = new Group();

	final Queued jobs = new Queued();

	// the site events read neither channels nor dependencies
	final PublishTriggers triggers = new PublishTriggers(jobs, null, group, null,
			Clock.fixed(Instant.parse("2026-12-07T01:00:00Z"), ZoneId.of("Asia/Shanghai")));

	@Test
	void aPortalRenamedPublishesItAndItsDepartmentsWithoutReadingTheGroup() {
		triggers.on(new SiteChanged(PORTAL, Set.of(ChangeSubject.NAME)));

		assertThat(jobs.fullSites).containsExactly(PORTAL, 11L, 12L);
		assertThat(group.wholeReads).hasValue(0);
	}

	@Test
	void aChangeThatDoesNotShowOnTheDepartmentsPublishesTheSiteAlone() {
		triggers.on(new SiteChanged(PORTAL, Set.of(ChangeSubject.STRUCTURE)));

		assertThat(jobs.fullSites).containsExactly(PORTAL);
		assertThat(group.wholeReads).hasValue(0);
	}
}
