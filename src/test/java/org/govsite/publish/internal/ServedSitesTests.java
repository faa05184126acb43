package org.govsite.publish.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.govsite.site.NoticeView;
import org.govsite.site.SiteChanged;
import org.govsite.site.SiteClosed;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteKind;
import org.govsite.site.SiteOnline;
import org.govsite.site.SitePageFacts;
import org.govsite.site.SiteState;
import org.govsite.site.SiteSummary;
import org.govsite.site.SiteTakenOffline;
import org.junit.jupiter.api.Test;

import org.springframework.transaction.event.TransactionalEventListener;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sites by host and 标识码: read again after a site event, not on every miss of a host that is
 * no site's, and once for all the requests that need a reading at the same time.
 */
class ServedSitesTests {

	static final String CODE = "4416020005";

	/** A directory of one site whose state and domain the test changes; it counts its readings. */
	static class Directory implements SiteDirectory {

		final AtomicInteger reads = new AtomicInteger();

		final AtomicReference<SiteState> state = new AtomicReference<>(SiteState.APPROVED);

		final AtomicReference<String> domain = new AtomicReference<>("portal.example.test");

		volatile CountDownLatch entered = new CountDownLatch(0);

		volatile CountDownLatch release = new CountDownLatch(0);

		@Override
		public Optional<SiteSummary> find(long siteId) {
			return Optional.empty();
		}

		/** Sites of the group besides the portal, online, each at its own domain. */
		volatile int departments;

		/** Readings of one site's page facts: a snapshot must not make one a site. */
		final AtomicInteger singleReads = new AtomicInteger();

		@Override
		public List<SiteSummary> all() {
			throw new AssertionError("the served sites come from the page facts alone");
		}

		@Override
		public List<SiteSummary> departmentsOf(long portalId) {
			return List.of();
		}

		@Override
		public Optional<SitePageFacts> pageFacts(long siteId) {
			singleReads.incrementAndGet();
			return group().stream().filter(site -> site.id() == siteId).findFirst();
		}

		@Override
		public List<SitePageFacts> allPageFacts() {
			reads.incrementAndGet();
			entered.countDown();
			try {
				release.await();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return group();
		}

		private List<SitePageFacts> group() {
			List<SitePageFacts> group = new java.util.ArrayList<>();
			group.add(new SitePageFacts(1, "示例县人民政府", SiteKind.PORTAL, CODE, null, state.get(), domain.get(), null,
					"示例县人民政府办公室", null, null, null, null, null, null, null, true));
			for (int i = 1; i <= departments; i++) {
				group.add(new SitePageFacts(100 + i, "示例县部门" + i, SiteKind.DEPARTMENT, "44160201%02d".formatted(i), 1L,
						SiteState.ONLINE, "dept" + i + ".example.test", null, "示例县部门" + i, null, null, null, null, null,
						null, null, true));
			}
			return group;
		}

		@Override
		public List<NoticeView> noticesOn(long siteId) {
			return List.of();
		}
	}

	final Directory directory = new Directory();

	final ServedSites sites = new ServedSites(directory);

	@Test
	void theSiteEventsReachIt() throws Exception {
		TransactionalEventListener listener = ServedSites.class.getDeclaredMethod("siteChanged", Object.class)
			.getAnnotation(TransactionalEventListener.class);
		assertThat(listener.classes()).containsExactlyInAnyOrder(SiteOnline.class, SiteTakenOffline.class, SiteClosed.class,
				SiteChanged.class);
		assertThat(listener.fallbackExecution()).isTrue();
	}

	@Test
	void aHostThatIsNoSitesDoesNotReadTheDirectoryOnEveryRequest() {
		for (int i = 0; i < 100; i++) {
			assertThat(sites.byHost("127.0.0.1:8080")).isEmpty();
		}
		assertThat(directory.reads).hasValue(1);
	}

	@Test
	void aReadingOfTheGroupIsOneReadingNotOneASite() {
		directory.departments = 50;
		assertThat(sites.byHost("dept50.example.test")).map(ServedSites.Served::id).contains(150L);
		assertThat(sites.byCode("4416020107")).map(ServedSites.Served::id).contains(107L);
		assertThat(directory.reads).hasValue(1);
		assertThat(directory.singleReads).hasValue(0);
	}

	@Test
	void aSiteOnlineIsServedAtItsDomainAfterTheEvent() {
		assertThat(sites.unservedByHost("portal.example.test")).map(ServedSites.Unserved::state).contains(SiteState.APPROVED);
		directory.state.set(SiteState.ONLINE);
		// without the event the snapshot stands (the console's own hosts must not reread it)
		assertThat(sites.byHost("portal.example.test")).isEmpty();
		sites.siteChanged(new SiteChanged(1L, java.util.Set.of()));
		assertThat(sites.byHost("portal.example.test")).map(ServedSites.Served::id).contains(1L);
		assertThat(directory.reads).hasValue(2);

		directory.state.set(SiteState.EMERGENCY_SHUTDOWN);
		sites.siteChanged(new SiteChanged(1L, java.util.Set.of()));
		assertThat(sites.byHost("portal.example.test")).isEmpty();
		assertThat(sites.unservedByHost("portal.example.test")).map(ServedSites.Unserved::state).contains(SiteState.EMERGENCY_SHUTDOWN);
	}

	@Test
	void aChangedDomainIsServedAfterTheEvent() {
		directory.state.set(SiteState.ONLINE);
		assertThat(sites.byHost("portal.example.test")).isPresent();
		directory.domain.set("new.example.test");
		sites.siteChanged(new SiteChanged(1L, java.util.Set.of()));
		assertThat(sites.byHost("new.example.test")).map(ServedSites.Served::id).contains(1L);
		assertThat(sites.byHost("portal.example.test")).isEmpty();
	}

	@Test
	void aMissByCodeReadsAgainWithoutAnEvent() {
		assertThat(sites.byHost("127.0.0.1")).isEmpty();
		directory.state.set(SiteState.ONLINE);
		assertThat(sites.byCode(CODE)).map(ServedSites.Served::id).contains(1L);
		assertThat(directory.reads).hasValue(2);
	}

	@Test
	void requestsThatMissTogetherShareOneReading() throws Exception {
		assertThat(sites.byCode(CODE)).isEmpty();
		assertThat(directory.reads).hasValue(1);
		directory.entered = new CountDownLatch(1);
		directory.release = new CountDownLatch(1);
		int others = 7;
		ExecutorService pool = Executors.newFixedThreadPool(others + 1);
		try {
			// the first miss reads, and is held inside the directory
			Future<?> first = pool.submit(() -> sites.byCode("4416020099"));
			directory.entered.await();
			List<Future<Optional<ServedSites.Served>>> waiting = new java.util.ArrayList<>();
			for (int i = 0; i < others; i++) {
				waiting.add(pool.submit(() -> sites.byCode("4416020099")));
			}
			while (sites.waiting() < others) {
				Thread.onSpinWait();
			}
			directory.release.countDown();
			first.get();
			for (Future<Optional<ServedSites.Served>> each : waiting) {
				assertThat(each.get()).isEmpty();
			}
		}
		finally {
			pool.shutdownNow();
		}
		// the held reading began before the others missed: one more reading serves all seven
		assertThat(directory.reads).hasValue(3);
	}
}
