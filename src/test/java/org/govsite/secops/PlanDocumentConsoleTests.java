package org.govsite.secops;

import java.nio.charset.StandardCharsets;

import org.govsite.identity.StaffRole;
import org.govsite.test.IntegrationTest;
import org.govsite.test.OfficeFiles;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The emergency plan's document: the security administrator uploads a Word file to a plan and
 * downloads it unchanged (both audited); a page named .pdf is refused in Chinese; a document whose
 * bytes no longer match their checksum is not handed out; no one else uploads or downloads.
 */
@IntegrationTest
class PlanDocumentConsoleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSecurityAdministratorUploadsAndDownloadsThePlansDocument() throws Exception {
		String title = "网站安全事件应急预案 " + System.nanoTime();
		mvc.perform(post("/admin/secops/plans").with(csrf()).with(security())
			.param("title", title).param("version", "2026 版").param("filedWith", "县网信办"))
			.andExpect(redirectedUrl("/admin/secops/readiness"));
		long plan = jdbc.sql("select id from secops_plan where title = ?").param(title).query(Long.class).single();
		byte[] docx = OfficeFiles.docx("应急预案全文");

		mvc.perform(multipart("/admin/secops/plans/" + plan + "/document").file(document("应急预案.docx", docx))
			.with(csrf()).with(security()))
			.andExpect(redirectedUrl("/admin/secops/readiness"))
			.andExpect(flash().attribute("successMessage", "预案文件 应急预案.docx 已保存。"));
		mvc.perform(get("/admin/secops/readiness").with(security()))
			.andExpect(content().string(containsString("/admin/secops/plans/" + plan + "/document")));
		byte[] downloaded = mvc.perform(get("/admin/secops/plans/" + plan + "/document").with(security()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", PlanDocument.DOCX))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(downloaded).isEqualTo(docx);
		assertThat(jdbc.sql("select sha256 from secops_plan_document where plan_id = ?").param(plan).query(String.class).single())
			.isEqualTo(PlanDocument.sha256(docx));
		assertThat(audited("secops.plan.document", plan)).isEqualTo(1);
		assertThat(audited("secops.plan.download", plan)).isEqualTo(1);

		mvc.perform(multipart("/admin/secops/plans/" + plan + "/document")
			.file(document("应急预案.pdf", "<html><body>不是预案</body></html>".getBytes(StandardCharsets.UTF_8)))
			.with(csrf()).with(security()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("预案文件只能是 PDF 或 Word（docx）文件")));
		assertThat(jdbc.sql("select name from secops_plan_document where plan_id = ?").param(plan).query(String.class).single())
			.as("the refused upload replaced nothing").isEqualTo("应急预案.docx");

		jdbc.sql("update secops_plan_document set content = ? where plan_id = ?").params(OfficeFiles.docx("被改过"), plan).update();
		mvc.perform(get("/admin/secops/plans/" + plan + "/document").with(security()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("errorMessage", "预案文件 应急预案.docx 与保存时的校验值不符，已拒绝下载，请重新上传。"));
	}

	@Test
	void noOneElseUploadsOrDownloads() throws Exception {
		RequestPostProcessor system = user("plan-sysadmin").authorities(new SimpleGrantedAuthority("STAFF"),
				new SimpleGrantedAuthority(StaffRole.SYSTEM_ADMIN.authority()));
		mvc.perform(multipart("/admin/secops/plans/1/document").file(document("a.pdf", OfficeFiles.pdf("x"))).with(csrf())
			.with(system)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/secops/plans/1/document").with(system)).andExpect(status().isForbidden());
	}

	private int audited(String action, long plan) {
		return jdbc.sql("select count(*) from audit_record where action = ? and object_id = ? and outcome = 'SUCCESS'")
			.params(action, String.valueOf(plan)).query(Integer.class).single();
	}

	private static MockMultipartFile document(String name, byte[] content) {
		return new MockMultipartFile("document", name, "application/octet-stream", content);
	}

	private static RequestPostProcessor security() {
		return user("plan-secadmin").authorities(new SimpleGrantedAuthority("STAFF"),
				new SimpleGrantedAuthority(StaffRole.SECURITY_ADMIN.authority()));
	}
}
