package org.govsite.search;

import java.util.List;
import java.util.Set;

import org.govsite.content.ContentFixtures.Staff;
import org.govsite.content.ContentFixtures;
import org.govsite.content.DocumentContent;
import org.govsite.content.DocumentLibrary;
import org.govsite.content.ReviewWorkflow;
import org.govsite.identity.StaffRole;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.publish.PublishFixtures;
import org.govsite.search.internal.IndexRebuild;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.govsite.test.OfficeFiles.docx;
import static org.govsite.test.OfficeFiles.pdf;

/** The index follows content's events: release, withdrawal, archive; attachments' text; a rebuild from the database. */
@IntegrationTest
class SearchIndexingTests {

	@Autowired
	PublishFixtures sites;

	@Autowired
	ContentFixtures content;

	@Autowired
	DocumentLibrary library;

	@Autowired
	ReviewWorkflow workflow;

	@Autowired
	SearchIndex index;

	@Autowired
	SearchFixtures search;

	@Autowired
	IndexRebuild rebuild;

	@Autowired
	MockMvc mvc;

	TestSite site;

	Staff editor;

	Staff reviewer;

	@BeforeEach
	void site() {
		site = sites.onlineSite();
		editor = site.editor();
		reviewer = site.reviewer();
		search.settle();
	}

	@Test
	void aReleasedDocumentIsFoundAndAWithdrawnOneIsGoneAtOnce() {
		long id = content.published(editor, reviewer, site.id(), site.news(), "关于开展秸秆禁烧巡查工作的通知");
		search.settle();
		List<SearchHit> hits = find("秸秆禁烧");
		assertThat(hits).extracting(SearchHit::plainTitle).containsExactly("关于开展秸秆禁烧巡查工作的通知");
		assertThat(hits.get(0).title()).contains("<mark>");
		assertThat(hits.get(0).url()).endsWith("/art/" + id / 1000 + "/t" + id + ".html");
		assertThat(hits.get(0).traditionalUrl()).contains("/zh-hant/art/");

		reviewer.run(() -> workflow.withdraw(id, "内容有误"));
		assertThat(find("秸秆禁烧")).as("gone before any listener runs").isEmpty();
		search.settle();
		assertThat(find("秸秆禁烧")).isEmpty();
	}

	@Test
	void anArchivedDocumentLeavesSearch() {
		long id = content.published(editor, reviewer, site.id(), site.news(), "旧城区自来水管网改造完工");
		search.settle();
		assertThat(find("自来水管网改造")).hasSize(1);

		editor.run(() -> workflow.archive(id));
		search.settle();
		assertThat(find("自来水管网改造")).isEmpty();
	}

	@Test
	void theTextOfAttachmentsIsFound() throws Exception {
		long id = content.draft(editor, site.id(), site.news(), "关于公布年度检查结果的公告");
		byte[] pdf = pdf("Inspection register quokkavelvet district");
		byte[] docx = docx("附件名单：藏羚羊迁徙通道保护站");
		editor.run(() -> {
			long first = library.upload(id, "检查结果.pdf", pdf).id();
			long second = library.upload(id, "名单.docx", docx).id();
			library.save(id, DocumentContent.of("关于公布年度检查结果的公告", "<p>检查结果见附件。</p>")
				.withAttachments(null, List.of(first, second)));
		});
		editor.run(() -> workflow.submit(id, true));
		reviewer.run(() -> workflow.approve(id, null));
		search.settle();

		assertThat(find("quokkavelvet")).extracting(SearchHit::plainTitle).containsExactly("关于公布年度检查结果的公告");
		List<SearchHit> fromWord = find("藏羚羊迁徙");
		assertThat(fromWord).extracting(SearchHit::plainTitle).containsExactly("关于公布年度检查结果的公告");
		assertThat(fromWord.get(0).snippet()).contains("<mark>");
	}

	@Test
	void theIndexIsRebuiltFromTheDatabase() {
		long id = content.published(editor, reviewer, site.id(), site.news(), "全县冬季供暖保障工作会议召开");
		search.settle();
		index.deleteSource("document:" + id);
		assertThat(find("冬季供暖保障")).isEmpty();

		rebuild.runNow();

		assertThat(find("冬季供暖保障")).extracting(SearchHit::plainTitle).containsExactly("全县冬季供暖保障工作会议召开");
	}

	/** The console's figures come from the engine: each site's entries, a rebuild's progress, the query log. */
	@Test
	void theConsoleShowsEachSitesEntriesARebuildsProgressAndTheQueryLog() throws Exception {
		content.published(editor, reviewer, site.id(), site.news(), "全县春季植树造林活动安排");
		search.settle();
		assertThat(index.status().entriesBySite().get(site.id())).isEqualTo(index.query(SearchQuery.of("").inSites(Set.of(site.id()))).total());
		String query = "植树造林" + site.id();
		for (int i = 0; i < 3; i++) {
			mvc.perform(get("/api/public/search").param("q", "植树造林").param("site", site.code()).with(FROM_ELSEWHERE))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.total").value(1));
			mvc.perform(get("/api/public/search").param("q", query).param("site", site.code()).with(FROM_ELSEWHERE))
				.andExpect(status().isOk());
		}

		mvc.perform(post("/admin/search/rebuild").with(csrf()).with(SYSTEM_ADMIN)).andExpect(status().is3xxRedirection());
		search.settle();
		IndexStatus rebuilt = index.status();
		assertThat(rebuilt.ready()).isTrue();
		assertThat(rebuilt.total()).isPositive().isEqualTo(rebuilt.done());
		assertThat(rebuilt.entriesBySite()).containsKey(site.id());

		mvc.perform(get("/admin/search").with(SYSTEM_ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(site.code())))
			.andExpect(content().string(containsString(">植树造林<")))
			.andExpect(content().string(containsString(">" + query + "<")));
	}

	private static final RequestPostProcessor SYSTEM_ADMIN = user("sysadmin").authorities(() -> "STAFF",
			() -> StaffRole.SYSTEM_ADMIN.authority());

	/** An address of its own, so that the other tests' searches do not count against its rate limit. */
	private static final RequestPostProcessor FROM_ELSEWHERE = request -> {
		request.setRemoteAddr("10.0.13.1");
		return request;
	};

	private List<SearchHit> find(String text) {
		return index.query(SearchQuery.of(text).inSites(Set.of(site.id()))).hits();
	}
}
