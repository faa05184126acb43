package org.govsite.content;

import java.io.ByteArrayInputStream;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.govsite.content.ContentFixtures.Staff;
import org.govsite.identity.StaffRole;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * 信息发布申请表: a channel that requires it holds submission until the form is filled and review
 * until the unit head signed it; the form is kept with the document as a .docx, and the review queue
 * shows whether it is signed.
 */
@IntegrationTest
class ApplicationFormTests {

	@Autowired
	ContentFixtures fixtures;

	@Autowired
	ApplicationForms forms;

	@Autowired
	ReviewWorkflow workflow;

	@Autowired
	DocumentLibrary library;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	long siteId;

	long channelId;

	Staff editor;

	Staff reviewer;

	Staff unitHead;

	@BeforeEach
	void channelRequiringTheForm() {
		siteId = fixtures.portal();
		channelId = fixtures.channel(siteId, ContentFixtures.unique("apply"));
		editor = ContentFixtures.editor(siteId);
		reviewer = ContentFixtures.reviewer(siteId);
		unitHead = new Staff(ContentFixtures.unique("head"), java.util.List.of(StaffRole.SITE_MANAGER.forSite(siteId)));
		unitHead.run(() -> forms.require(siteId, channelId, null));
	}

	@Test
	void reviewWaitsUntilTheUnitHeadSignedTheForm() throws Exception {
		long id = fixtures.draft(editor, siteId, channelId, "需要申请表的通知");
		assertThat(editor.run(() -> forms.requirement(id)).required()).isTrue();
		assertThatExceptionOfType(ContentRuleViolation.class).isThrownBy(() -> editor.run(() -> workflow.submit(id, true)))
			.extracting(ContentRuleViolation::code).isEqualTo("content.applicationForm.missing");

		assertThatExceptionOfType(ContentRuleViolation.class)
			.isThrownBy(() -> editor.run(() -> forms.fill(id, new ApplicationFormData("县政府办公室", null, "年度通知", false))))
			.extracting(ContentRuleViolation::code).isEqualTo("content.field.secrecyChecked.required");
		assertThat(countForms(id)).isZero();

		editor.run(() -> forms.fill(id, new ApplicationFormData("县政府办公室", "0752-1234567", "年度通知", true)));
		editor.run(() -> workflow.submit(id, true));
		assertThatExceptionOfType(ContentRuleViolation.class).isThrownBy(() -> reviewer.run(() -> workflow.approve(id, null)))
			.extracting(ContentRuleViolation::code).isEqualTo("content.applicationForm.unsigned");
		assertThat(editor.run(() -> library.get(id)).state()).isEqualTo(DocumentState.IN_REVIEW);
		mvc.perform(get("/admin/review").with(as(reviewer)))
			.andExpect(content().string(containsString("需要申请表的通知")))
			.andExpect(content().string(containsString("待签批")));

		// the author may not sign their own application, nor a reviewer who is not the unit head
		assertThatExceptionOfType(ContentRuleViolation.class).isThrownBy(() -> editor.run(() -> forms.sign(id, null)))
			.extracting(ContentRuleViolation::code).isEqualTo("content.applicationForm.notApprover");
		assertThat(reviewer.run(() -> forms.maySign(id))).isFalse();
		assertThat(unitHead.run(() -> forms.maySign(id))).isTrue();
		unitHead.run(() -> forms.sign(id, "同意发布"));

		mvc.perform(get("/admin/review").with(as(reviewer)))
			.andExpect(content().string(containsString("已签批")));
		reviewer.run(() -> workflow.approve(id, null));
		assertThat(editor.run(() -> library.get(id)).live()).isTrue();

		mvc.perform(get("/admin/documents/" + id + "/application-form").with(as(editor)))
			.andExpect(content().string(containsString("同意发布")))
			.andExpect(content().string(containsString("下载 Word")));
		mvc.perform(get("/admin/sites/" + siteId + "/application-rules").with(as(unitHead)))
			.andExpect(content().string(containsString("站点管理员")))
			.andExpect(content().string(containsString("全站所有栏目")));
		ApplicationFormView form = editor.run(() -> forms.forms(id)).getFirst();
		assertThat(form.signedBy()).isEqualTo(unitHead.username());
		assertThat(form.channels()).contains("栏目");
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(editor.run(() -> forms.docx(id, form.id()))));
				XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
			assertThat(text.getText()).contains("信息发布申请表", "县政府办公室", "需要申请表的通知", "上网不涉密",
					unitHead.username(), "同意发布");
		}
	}

	@Test
	void aFormSignedForAnEarlierVersionDoesNotCarryOver() {
		long id = fixtures.draft(editor, siteId, channelId, "签批后又修改的稿件");
		editor.run(() -> forms.fill(id, new ApplicationFormData("县政府办公室", null, null, true)));
		unitHead.run(() -> forms.sign(id, null));
		editor.run(() -> library.save(id, DocumentContent.of("签批后又修改的稿件", "<p>改过的正文</p>")));
		assertThatExceptionOfType(ContentRuleViolation.class).isThrownBy(() -> editor.run(() -> workflow.submit(id, true)))
			.extracting(ContentRuleViolation::code).isEqualTo("content.applicationForm.missing");
	}

	@Test
	void aChannelWithoutTheRequirementReviewsAsBefore() {
		long other = fixtures.channel(siteId, ContentFixtures.unique("free"));
		jdbc.sql("delete from content_application_rule where site_id = :s").param("s", siteId).update();
		long id = fixtures.published(editor, reviewer, siteId, other, "不需要申请表的稿件");
		assertThat(editor.run(() -> library.get(id)).live()).isTrue();
	}

	private int countForms(long documentId) {
		return jdbc.sql("select count(*) from content_application_form where document_id = :d").param("d", documentId)
			.query(Integer.class).single();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor as(Staff staff) {
		return user(staff.username()).authorities(java.util.stream.Stream
			.concat(staff.authorities().stream(), java.util.stream.Stream.of(StaffRole.STAFF_AUTHORITY))
			.map(SimpleGrantedAuthority::new)
			.toList());
	}
}
