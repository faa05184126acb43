package org.govsite.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.govsite.content.ContentFixtures;
import org.govsite.content.ContentFixtures.Staff;
import org.govsite.content.ReviewWorkflow;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.search.internal.IndexJournal;
import org.govsite.search.internal.IndexJournal.JournalReader;
import org.govsite.search.internal.LuceneEngine;
import org.govsite.search.internal.Vocabulary;
import org.govsite.test.IntegrationTest;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A role-public node keeps an index of its own and sees none of content's events: it replays the
 * index journal the back office writes. Here a second index, as a public node's, follows a release
 * and a withdrawal, and keeps its place in the journal across a restart.
 */
@IntegrationTest
class PublicNodeIndexTests {

	@Autowired
	PublishFixtures sites;

	@Autowired
	ContentFixtures content;

	@Autowired
	ReviewWorkflow documents;

	@Autowired
	SearchFixtures search;

	@Autowired
	IndexJournal journal;

	@TempDir
	Path publicNodeIndex;

	@Test
	void aPublicNodesIndexFollowsReleasesAndWithdrawals() throws Exception {
		TestSite site = sites.onlineSite();
		Staff reviewer = site.reviewer();
		JournalReader reader = new JournalReader(journal.latest(), false);
		long position;
		try (LuceneEngine publicNode = LuceneEngine.open(publicNodeIndex, TestClock.CHINA)) {
			long id = content.published(site.editor(), reviewer, site.id(), site.news(), "关于开展候鸟迁徙保护巡查的通知");
			search.settle();
			assertThat(find(publicNode, site)).as("not before the journal is replayed").isEmpty();
			journal.replay(reader, publicNode);
			assertThat(find(publicNode, site)).extracting(SearchHit::plainTitle).containsExactly("关于开展候鸟迁徙保护巡查的通知");

			reviewer.run(() -> documents.withdraw(id, "内容有误"));
			search.settle();
			journal.replay(reader, publicNode);
			assertThat(find(publicNode, site)).isEmpty();
			position = reader.position();
		}
		try (LuceneEngine restarted = LuceneEngine.open(publicNodeIndex, TestClock.CHINA)) {
			assertThat(restarted.remembered("govsite.search.journal")).isEqualTo(Long.toString(position));
		}
	}

	private static List<SearchHit> find(LuceneEngine engine, TestSite site) {
		return engine.search(SearchQuery.of("候鸟迁徙").inSites(Set.of(site.id())), Vocabulary.empty()).hits();
	}
}
