package org.govsite.publish.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.govsite.channel.ChannelDirectory;
import org.govsite.content.ContentCatalog;
import org.govsite.platform.GovSiteProperties;
import org.govsite.site.NoticeView;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteKind;
import org.govsite.site.SitePageFacts;
import org.govsite.site.SiteState;
import org.govsite.site.SiteSummary;
import org.junit.jupiter.api.Test;

import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * 站群导航 on a home page: the other serving sites of the group, read in a fixed number of
 * statements whatever the group's size (a portal of 2,000 departments publishes every one's home).
 */
class SiteGroupLinksTests {

	/** A portal (1) with departments 101.. online, one of them (102) offline; each reading counted. */
	static class Directory implements SiteDirectory {

		final AtomicInteger statements = new AtomicInteger();

		final int departments;

		Directory(int departments) {
			this.departments = departments;
		}

		@Override
		public Optional<SiteSummary> find(long siteId) {
			statements.incrementAndGet();
			return facts().stream().filter(site -> site.id() == siteId).findFirst().map(Directory::summary);
		}

		@Override
		public List<SiteSummary> all() {
			statements.incrementAndGet();
			return facts().stream().map(Directory::summary).toList();
		}

		@Override
		public List<SiteSummary> departmentsOf(long portalId) {
			statements.incrementAndGet();
			return all().stream().filter(site -> site.parentId() != null && site.parentId() == portalId).toList();
		}

		@Override
		public Optional<SitePageFacts> pageFacts(long siteId) {
			statements.incrementAndGet();
			return facts().stream().filter(site -> site.id() == siteId).findFirst();
		}

		@Override
		public List<SitePageFacts> allPageFacts() {
			statements.incrementAndGet();
			return facts();
		}

		@Override
		public List<NoticeView> noticesOn(long siteId) {
			statements.incrementAndGet();
			return List.of();
		}

		private List<SitePageFacts> facts() {
			List<SitePageFacts> group = new ArrayList<>();
			group.add(facts(1, "示例县人民政府", SiteKind.PORTAL, null, SiteState.ONLINE));
			for (int i = 1; i <= departments; i++) {
				group.add(facts(100 + i, "示例县部门" + i, SiteKind.DEPARTMENT, 1L, i == 2 ? SiteState.TEMPORARILY_OFFLINE : SiteState.ONLINE));
			}
			// another portal's site is no sibling
			group.add(facts(900, "邻县人民政府", SiteKind.PORTAL, null, SiteState.ONLINE));
			return group;
		}

		private static SitePageFacts facts(long id, String name, SiteKind kind, Long parentId, SiteState state) {
			return new SitePageFacts(id, name, kind, "44160201%02d".formatted(id % 100), parentId, state,
					"site" + id + ".example.gov.cn", null, name, null, null, null, null, null, null, null, true);
		}

		private static SiteSummary summary(SitePageFacts site) {
			return new SiteSummary(site.id(), site.name(), site.kind(), site.siteCode(), site.parentId(), site.state(),
					site.englishDomain(), site.errorReportEnabled());
		}
	}

	private static SitePublisher publisher(SiteDirectory sites) {
		PublishProperties settings = mock(PublishProperties.class);
		when(settings.scheme()).thenReturn("https");
		return new SitePublisher(mock(ContentCatalog.class), mock(ChannelDirectory.class), sites, mock(Themes.class),
				mock(ManifestStore.class), mock(DependencyStore.class), mock(PublishRecords.class), mock(AttachmentFiles.class),
				settings, mock(GovSiteProperties.class), Clock.systemUTC(), folder -> null, mock(HomeBlockStore.class),
				mock(SitePaletteStore.class), Optional.empty(), List.of(), List.of(), mock(PlatformTransactionManager.class));
	}

	@Test
	void theGroupIsReadInTheSameStatementsWhateverItsSize() {
		Directory small = new Directory(3);
		Directory large = new Directory(60);
		SitePageFacts department = small.facts().get(1);

		publisher(small).siteGroup(department);
		publisher(large).siteGroup(department);

		assertThat(large.statements).hasValue(small.statements.get());
		assertThat(large.statements.get()).isLessThanOrEqualTo(2);
	}

	@Test
	void aDepartmentLinksItsPortalAndItsServingSiblings() {
		Directory directory = new Directory(4);
		SitePageFacts department = directory.facts().get(1);

		List<Views.Link> links = publisher(directory).siteGroup(department);

		assertThat(links).extracting(Views.Link::text).containsExactly("示例县人民政府", "示例县部门3", "示例县部门4");
		assertThat(links.getFirst().href()).isEqualTo("https://site1.example.gov.cn/");
	}

	@Test
	void aPortalLinksItsServingDepartments() {
		Directory directory = new Directory(3);

		List<Views.Link> links = publisher(directory).siteGroup(directory.facts().getFirst());

		assertThat(links).extracting(Views.Link::text).containsExactly("示例县部门1", "示例县部门3");
	}
}
