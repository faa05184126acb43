package org.govsite.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.govsite.content.ContentFixtures;
import org.govsite.content.ContentFixtures.Staff;
import org.govsite.content.DocumentLibrary;
import org.govsite.content.DocumentContent;
import org.govsite.content.DocumentType;
import org.govsite.content.PlacementRequest;
import org.govsite.content.Placements;
import org.govsite.content.ReviewWorkflow;
import org.govsite.identity.StaffRole;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Content security at the submit door and in the console: a blocking finding refuses a submission
 * in Chinese, an advisory one only tells; the system administrator edits the dictionaries (a
 * leader with their current title), imports and exports them as text; any staff member checks a text.
 */
@IntegrationTest
class GuardIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ContentFixtures fixtures;

	@Autowired
	DocumentLibrary library;

	@Autowired
	Placements placements;

	@Autowired
	ReviewWorkflow workflow;

	@Autowired
	ContentGuard guard;

	@Test
	void aBlockingFindingRefusesTheSubmissionInChineseAndNamesTheRightForm() throws Exception {
		long siteId = fixtures.portal();
		long channelId = fixtures.channel(siteId, "news");
		Staff editor = ContentFixtures.editor(siteId);
		long id = editor.run(() -> {
			long created = library.create(siteId, DocumentType.ARTICLE,
					DocumentContent.of("外事动态", "<p>会见台湾总统候选人一事纯属谣言。</p>"));
			placements.place(created, PlacementRequest.in(channelId));
			return created;
		});

		mvc.perform(get("/api/v1/documents/{id}/checks", id).with(as(editor)))
			.andExpect(jsonPath("$.checksConfigured").value(true))
			.andExpect(jsonPath("$.findings[0].checker").value("错误提法"))
			.andExpect(jsonPath("$.findings[0].message").value("错误提法“台湾总统”，应为“台湾地区领导人”。"))
			.andExpect(jsonPath("$.findings[0].suggestion").value("台湾地区领导人"))
			.andExpect(jsonPath("$.findings[0].position").value(7))
			.andExpect(jsonPath("$.findings[0].blocking").value(true));
		mvc.perform(post("/api/v1/documents/{id}/submit", id).with(as(editor)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"confidentialityConfirmed\": true}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("内容检查发现必须修改的问题，请修改后再送审。"));

		editor.run(() -> library.save(id, DocumentContent.of("外事动态", "<p>截止目前，会见台湾地区领导人一事纯属谣言。</p>")));
		editor.run(() -> workflow.submit(id, true));
		assertThat(editor.run(() -> library.get(id)).state().name()).isEqualTo("IN_REVIEW");
	}

	@Test
	void theAdministratorAddsALeaderAndAWrongTitleBecomesASeriousError() throws Exception {
		mvc.perform(post("/admin/guard/entries").with(admin()).with(csrf())
			.param("category", "serious-error").param("level", "block").param("pattern", "司徒明远").param("suggestion", "市长"))
			.andExpect(status().is3xxRedirection());

		assertThat(guard.check("副市长司徒明远主持会议").findings()).singleElement().satisfies(finding -> {
			assertThat(finding.category()).isEqualTo(FindingCategory.SERIOUS_ERROR);
			assertThat(finding.blocking()).isTrue();
			assertThat(finding.suggestion()).isEqualTo("市长司徒明远");
		});
		assertThat(guard.check("市长司徒明远主持会议").clean()).isTrue();
		mvc.perform(get("/admin/guard").param("category", "serious-error").with(admin()))
			.andExpect(content().string(containsString("司徒明远")));
	}

	@Test
	void anUnknownCategoryIsRefusedInChineseAndAnUnknownFilterShowsEverything() throws Exception {
		mvc.perform(post("/admin/guard/entries").with(admin()).with(csrf()).header("Referer", "http://localhost/admin/guard")
			.param("category", "nonsense").param("level", "block").param("pattern", "某词"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("errorMessage", "词条须包含文字、字母或数字，类别和级别须有效。"));
		mvc.perform(get("/admin/guard").param("category", "FOO").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("攻府")));
	}

	@Test
	void aDictionaryIsImportedAndExportedAsPlainTextAndABadLineImportsNothing() throws Exception {
		mvc.perform(post("/admin/guard/import").with(admin()).with(csrf()).param("list", "dictionary")
			.param("text", "# 测试\nconfusion\twarn\t既往不究\t既往不咎\n"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/guard/import").with(admin()).with(csrf()).param("list", "dictionary")
			.param("text", "confusion\twarn\t按部就搬\t按部就班\nnonsense\n").header("Referer", "http://localhost/admin/guard"))
			.andExpect(status().is3xxRedirection());

		assertThat(guard.check("对此既往不究").findings()).extracting(GuardFinding::suggestion).containsExactly("既往不咎");
		assertThat(guard.check("按部就搬").clean()).isTrue();
		mvc.perform(get("/admin/guard/export/dictionary").with(admin()))
			.andExpect(content().string(containsString("confusion\twarn\t既往不究\t既往不咎\n")))
			.andExpect(content().string(containsString("protected-term\tblock\t攻府\t政府\n")));
	}

	@Test
	void aDictionaryIsImportedFromExcelAndExportedAsExcel() throws Exception {
		byte[] xlsx = org.govsite.guard.internal.DictionaryWorkbook.write(List.of(new org.govsite.guard.internal.DictionaryEntry(
				FindingCategory.CONFUSION, FindingLevel.WARN, "一愁莫展", "一筹莫展")));
		mvc.perform(multipart("/admin/guard/import")
			.file(new MockMultipartFile("file", "词库.xlsx", "application/octet-stream", xlsx))
			.param("list", "dictionary").with(admin()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("successMessage", "已导入 1 条。"));

		assertThat(guard.check("一愁莫展").findings()).extracting(GuardFinding::suggestion).containsExactly("一筹莫展");
		byte[] exported = mvc.perform(get("/admin/guard/export/dictionary.xlsx").with(admin()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(org.govsite.guard.internal.DictionaryWorkbook.asText(exported)).contains("confusion\twarn\t一愁莫展\t一筹莫展\n");
	}

	@Test
	void anyStaffMemberChecksATextAndSeesEachFindingWithItsSuggestion() throws Exception {
		mvc.perform(post("/admin/guard/check").with(staff()).with(csrf()).param("text", "深入开展扫黑险恶专项斗争。路口交通有序。"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("规范用语写错：“扫黑险恶”，应为“扫黑除恶”。")))
			.andExpect(content().string(containsString("发现 1 处问题")));
		mvc.perform(get("/admin/guard").with(staff())).andExpect(status().isForbidden());
	}

	@Test
	void theEditorsCheckButtonGetsEachFindingWithWhatToMarkAndTheRightForm() throws Exception {
		mvc.perform(post("/admin/guard/check/editor").with(staff()).with(csrf())
			.param("title", "关于扫黑险恶的通知")
			.param("body", "<p>路口交通有序。</p><p>扫黑险恶不是<b>台湾总统</b>说的，扫黑险恶要写对。</p>"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.blocked").value(true))
			.andExpect(jsonPath("$.findings.length()").value(4))
			.andExpect(jsonPath("$.findings[0].field").value("title"))
			.andExpect(jsonPath("$.findings[0].found").value("扫黑险恶"))
			.andExpect(jsonPath("$.findings[0].start").value(2))
			.andExpect(jsonPath("$.findings[1].field").value("body"))
			.andExpect(jsonPath("$.findings[1].category").value("规范用语"))
			.andExpect(jsonPath("$.findings[1].message").value("规范用语写错：“扫黑险恶”，应为“扫黑除恶”。"))
			.andExpect(jsonPath("$.findings[1].suggestion").value("扫黑除恶"))
			.andExpect(jsonPath("$.findings[1].occurrence").value(0))
			.andExpect(jsonPath("$.findings[2].found").value("台湾总统"))
			.andExpect(jsonPath("$.findings[2].level").value("须修改"))
			.andExpect(jsonPath("$.findings[3].found").value("扫黑险恶"))
			.andExpect(jsonPath("$.findings[3].occurrence").value(1));
		mvc.perform(post("/admin/guard/check/editor").with(staff()).with(csrf()).param("title", "路口交通").param("body", "<p>政府</p>"))
			.andExpect(jsonPath("$.blocked").value(false))
			.andExpect(jsonPath("$.findings").isEmpty());
	}

	@Test
	void theDocumentFormOffersTheCheckAndRunsItByItselfWhenTheDraftHasFindings() throws Exception {
		long siteId = fixtures.portal();
		Staff editor = ContentFixtures.editor(siteId);
		long id = editor.run(() -> library.create(siteId, DocumentType.ARTICLE,
				DocumentContent.of("外事动态", "<p>会见台湾总统候选人一事纯属谣言。</p>")));

		mvc.perform(get("/admin/documents/{id}", id).with(as(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"guard-check\"")))
			.andExpect(content().string(containsString("data-auto=\"true\"")))
			.andExpect(content().string(containsString("/js/guard-editor.js")));
	}

	private static RequestPostProcessor admin() {
		return user("guard-admin").authorities(List.of(new SimpleGrantedAuthority(StaffRole.SYSTEM_ADMIN.authority()),
				new SimpleGrantedAuthority("STAFF")));
	}

	private static RequestPostProcessor staff() {
		return user("guard-editor").authorities(List.of(new SimpleGrantedAuthority("STAFF")));
	}

	private static RequestPostProcessor as(Staff staff) {
		return user(staff.username()).authorities(java.util.stream.Stream
			.concat(staff.authorities().stream(), java.util.stream.Stream.of("STAFF"))
			.map(SimpleGrantedAuthority::new)
			.toList());
	}
}
