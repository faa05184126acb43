package org.govsite.publish.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govsite.publish.internal.Target.ChannelPage;
import org.govsite.publish.internal.Target.DocumentPage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A change maps to exactly the pages it affects: page by page, for the usual changes. */
class AffectedPagesTests {

	private static final int PAGE = 20;

	private final SiteContext site = PageFixtures.site();

	private final long news = PageFixtures.NEWS.id();

	private final long policy = PageFixtures.POLICY.id();

	@Test
	void aNewDocumentOnTopOfABigChannelChangesOnlyTheNewestListPage() {
		Facts facts = new Facts().listed(news, 1000, 1001).newest(news, 9);
		AffectedPages.Plan plan = AffectedPages.plan(site, Set.of(9L), Set.of(news), facts);

		assertThat(plan.documents()).containsExactly(new DocumentPage(9));
		assertThat(plan.pages()).containsExactlyInAnyOrder(new ChannelPage(news, 0), new Target.Home(), new Target.Rss(),
				new Target.SiteMap(), new Target.SitemapIndex(), new Target.SitemapChunk(0));
	}

	@Test
	void aDocumentThatFillsAPageAddsOneNumberedPageAndRelinksTheOneBefore() {
		// 59 entries: index.html holds 39, index_1.html 20; the 60th makes index_2.html
		Facts facts = new Facts().listed(news, 59, 60).newest(news, 9);
		AffectedPages.Plan plan = AffectedPages.plan(site, Set.of(9L), Set.of(news), facts);

		assertThat(plan.pages()).filteredOn(ChannelPage.class::isInstance)
			.containsExactlyInAnyOrder(new ChannelPage(news, 0), new ChannelPage(news, 2), new ChannelPage(news, 1));
	}

	@Test
	void aChannelBelowAnotherAlsoChangesItsParentsNewestPage() {
		long parent = PageFixtures.OPEN.id();
		Facts facts = new Facts().listed(policy, 3, 4).newest(policy, 9);
		AffectedPages.Plan plan = AffectedPages.plan(site, Set.of(9L), Set.of(policy), facts);

		assertThat(plan.pages()).filteredOn(ChannelPage.class::isInstance)
			.containsExactlyInAnyOrder(new ChannelPage(policy, 0), new ChannelPage(parent, 0));
	}

	@Test
	void anEditedDocumentOnAnOldPageChangesThatPageAndThePagesShowingIt() {
		Facts facts = new Facts().listed(news, 1000, 1000).showing(7, "xwdt/index_12.html", "art/0/t5.html")
			.on(news, 12, 7).placed(news, 7);
		AffectedPages.Plan plan = AffectedPages.plan(site, Set.of(7L), Set.of(news), facts);

		assertThat(plan.documents()).containsExactlyInAnyOrder(new DocumentPage(7), new DocumentPage(5));
		assertThat(plan.pages()).filteredOn(ChannelPage.class::isInstance).containsExactly(new ChannelPage(news, 12));
	}

	@Test
	void aWithdrawnDocumentOnTheNewestPageChangesOnlyThatPage() {
		Facts facts = new Facts().listed(news, 1010, 1009).showing(7, "xwdt/index.html", "index.html");
		AffectedPages.Plan plan = AffectedPages.plan(site, Set.of(7L), Set.of(news), facts);

		assertThat(plan.pages()).filteredOn(ChannelPage.class::isInstance).containsExactly(new ChannelPage(news, 0));
	}

	@Test
	void aDocumentTakenFromTheMiddleRendersTheWholeList() {
		Facts facts = new Facts().listed(news, 100, 99).showing(7, "xwdt/index_2.html");
		AffectedPages.Plan plan = AffectedPages.plan(site, Set.of(7L), Set.of(news), facts);

		assertThat(plan.pages()).filteredOn(ChannelPage.class::isInstance).containsExactlyInAnyOrder(
				new ChannelPage(news, 0), new ChannelPage(news, 1), new ChannelPage(news, 2), new ChannelPage(news, 3),
				new ChannelPage(news, 4));
	}

	@Test
	void aChannelNeverPublishedGetsAllItsPages() {
		Facts facts = new Facts().newCount(news, 45).newest(news, 9);
		AffectedPages.Plan plan = AffectedPages.plan(site, Set.of(9L), Set.of(news), facts);

		assertThat(plan.pages()).filteredOn(ChannelPage.class::isInstance)
			.containsExactlyInAnyOrder(new ChannelPage(news, 0), new ChannelPage(news, 1));
	}

	/** The published pages and the lists as a test says they are. */
	private static final class Facts implements AffectedPages.Facts {

		private final Map<Long, Integer> before = new HashMap<>();

		private final Map<Long, Integer> now = new HashMap<>();

		private final Map<Long, Set<String>> showing = new HashMap<>();

		private final Set<List<Long>> onPage = new HashSet<>();

		private final Set<List<Long>> placed = new HashSet<>();

		Facts listed(long channel, int before, int now) {
			this.before.put(channel, before);
			this.now.put(channel, now);
			return this;
		}

		Facts newCount(long channel, int now) {
			this.now.put(channel, now);
			return this;
		}

		Facts newest(long channel, long document) {
			return on(channel, 0, document).placed(channel, document);
		}

		Facts on(long channel, int page, long document) {
			onPage.add(List.of(channel, (long) page, document));
			return this;
		}

		Facts placed(long channel, long document) {
			placed.add(List.of(channel, document));
			return this;
		}

		Facts showing(long document, String... paths) {
			showing.put(document, Set.of(paths));
			return this;
		}

		@Override
		public Set<String> pagesShowing(long documentId) {
			return showing.getOrDefault(documentId, Set.of());
		}

		@Override
		public @Nullable Integer listedBefore(long channelId) {
			return before.get(channelId);
		}

		@Override
		public ListLayout layoutNow(long channelId) {
			return new ListLayout(now.getOrDefault(channelId, 0), PAGE);
		}

		@Override
		public boolean pageShows(long channelId, int number, long documentId, ListLayout layout) {
			return onPage.contains(List.of(channelId, (long) number, documentId));
		}

		@Override
		public boolean listedNow(long channelId, long documentId) {
			return placed.contains(List.of(channelId, documentId));
		}
	}
}
