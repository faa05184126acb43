package org.govsite.identity;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.govsite.platform.RunAs;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 三员分立 against password resets and grants (issue 8): no one of the three administrators obtains
 * another's powers alone. The security administrator never sees an administrator's activation link,
 * resets an administrator's password or second factor only with a second administrator's approval,
 * and grants an administrator role only with the approval of the other two.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AdministratorSeparationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	IdentityManagement identity;

	@Autowired
	JdbcClient jdbc;

	final String security = TestAccounts.uniqueName("sec");

	final String system = TestAccounts.uniqueName("sys");

	final String audit = TestAccounts.uniqueName("aud");

	@Test
	void theSecurityAdministratorGetsNoActivationLinkForTheAuditAdministrator(CapturedOutput output) throws Exception {
		long auditAdmin = accounts.create(TestAccounts.uniqueName("auditor"), Grant.platform(StaffRole.AUDIT_ADMIN));

		String answer = mvc.perform(post("/api/v1/accounts/{id}/password-reset", auditAdmin).with(as(security, StaffRole.SECURITY_ADMIN)))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.link").doesNotExist())
			.andExpect(jsonPath("$.kind").value("PASSWORD_RESET"))
			.andExpect(jsonPath("$.state").value("PENDING"))
			.andReturn().getResponse().getContentAsString();
		assertThat(answer).doesNotContain("/activate/");
		long otherAuditAdmin = accounts.create(TestAccounts.uniqueName("auditor"), Grant.platform(StaffRole.AUDIT_ADMIN));
		mvc.perform(post("/admin/accounts/{id}/reset-password", otherAuditAdmin).with(as(security, StaffRole.SECURITY_ADMIN)).with(csrf()))
			.andExpect(flash().attributeCount(1))
			.andExpect(flash().attributeExists("successMessage"));
		mvc.perform(post("/admin/accounts/{id}/reset-password", otherAuditAdmin).with(as(security, StaffRole.SECURITY_ADMIN)).with(csrf()))
			.andExpect(flash().attribute("errorMessage", "该账号已有同类申请等待审批，请先处理该申请。"));
		assertThat(identity(auditAdmin).activated()).as("nothing happens before the approval").isTrue();
		assertThat(mvc.perform(get("/admin/accounts/{id}", auditAdmin).with(as(security, StaffRole.SECURITY_ADMIN)))
			.andReturn().getResponse().getContentAsString()).contains("这是三员账号").doesNotContain("/activate/");
		assertThat(output.getAll()).doesNotContain("/activate/");

		long change = JsonPath.parse(answer).read("$.id", Long.class);
		String approved = mvc.perform(post("/api/v1/administrator-changes/{id}/approval", change).with(as(system, StaffRole.SYSTEM_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("DONE"))
			.andReturn().getResponse().getContentAsString();

		assertThat(approved).doesNotContain("/activate/");
		assertThat(identity(auditAdmin).activated()).as("the password is withdrawn once approved").isFalse();
		assertThat(output.getAll()).as("the link goes to the server log for the operator, without SMTP")
			.contains("Activation link for administrator account " + identity(auditAdmin).username())
			.contains("/activate/");
	}

	@Test
	void theSecurityAdministratorCannotResetTheAuditAdministratorsSecondFactorAlone() throws Exception {
		long auditAdmin = accounts.create(TestAccounts.uniqueName("auditor"), Grant.platform(StaffRole.AUDIT_ADMIN));
		accounts.enrollSecondFactor(auditAdmin);

		mvc.perform(post("/admin/accounts/{id}/reset-second-factor", auditAdmin).with(as(security, StaffRole.SECURITY_ADMIN)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(identity(auditAdmin).secondFactorEnrolled()).isTrue();
		long change = pendingChange(auditAdmin, "SECOND_FACTOR_RESET");

		mvc.perform(post("/api/v1/administrator-changes/{id}/approval", change).with(as(audit, StaffRole.AUDIT_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("DONE"));
		assertThat(identity(auditAdmin).secondFactorEnrolled()).isFalse();
	}

	@Test
	void theSecurityAdministratorCannotGrantAuditAdminAlone(CapturedOutput output) throws Exception {
		String username = TestAccounts.uniqueName("mine");
		long account = accounts.create(username);

		String answer = mvc.perform(put("/api/v1/accounts/{id}/grants", account).with(as(security, StaffRole.SECURITY_ADMIN))
			.contentType(MediaType.APPLICATION_JSON).content("[{\"role\":\"AUDIT_ADMIN\"}]"))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.kind").value("GRANT"))
			.andExpect(jsonPath("$.argument").value("AUDIT_ADMIN"))
			.andReturn().getResponse().getContentAsString();
		assertThat(identity(account).grants()).isEmpty();
		long change = JsonPath.parse(answer).read("$.id", Long.class);

		// a second security administrator does not stand in for the other two
		mvc.perform(post("/api/v1/administrator-changes/{id}/approval", change).with(as(security + "b", StaffRole.SECURITY_ADMIN)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("identity.change.roleNotAwaited"));
		mvc.perform(post("/api/v1/administrator-changes/{id}/approval", change).with(as(system, StaffRole.SYSTEM_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("PENDING"));
		assertThat(identity(account).grants()).as("one approval of two is not enough").isEmpty();
		assertThat(mvc.perform(get("/admin/administrator-changes/{id}", change).with(as(audit, StaffRole.AUDIT_ADMIN)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString())
			.contains("授予审计管理员角色").contains(system + "（系统管理员）").contains("待批准").contains(">批准</button>");

		mvc.perform(post("/api/v1/administrator-changes/{id}/approval", change).with(as(audit, StaffRole.AUDIT_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("DONE"));
		assertThat(identity(account).grants()).containsExactly(Grant.platform(StaffRole.AUDIT_ADMIN));
		assertThat(identity(account).activated())
			.as("whoever set the account up may know its password: the new administrator sets their own").isFalse();
		assertThat(output.getAll()).contains("Activation link for administrator account " + username);
	}

	@Test
	void theRequesterCannotApproveTheirOwnRequest() throws Exception {
		long auditAdmin = accounts.create(TestAccounts.uniqueName("auditor"), Grant.platform(StaffRole.AUDIT_ADMIN));
		mvc.perform(post("/api/v1/accounts/{id}/password-reset", auditAdmin).with(as(security, StaffRole.SECURITY_ADMIN)))
			.andExpect(status().isAccepted());
		long change = pendingChange(auditAdmin, "PASSWORD_RESET");

		mvc.perform(post("/api/v1/administrator-changes/{id}/approval", change).with(as(security, StaffRole.SECURITY_ADMIN)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("identity.change.ownRequest"))
			.andExpect(jsonPath("$.detail").value("不能批准自己提出的申请，须由其他管理员批准。"));
		mvc.perform(post("/admin/administrator-changes/{id}/approve", change).with(as(security, StaffRole.SECURITY_ADMIN)).with(csrf()))
			.andExpect(flash().attributeExists("errorMessage"));
		assertThat(identity(auditAdmin).activated()).isTrue();
		assertThat(state(change)).isEqualTo("PENDING");
	}

	@Test
	void aRefusalIsFinalAndEveryStepIsAudited() throws Exception {
		long auditAdmin = accounts.create(TestAccounts.uniqueName("auditor"), Grant.platform(StaffRole.AUDIT_ADMIN));
		mvc.perform(post("/api/v1/accounts/{id}/password-reset", auditAdmin).with(as(security, StaffRole.SECURITY_ADMIN)))
			.andExpect(status().isAccepted());
		long change = pendingChange(auditAdmin, "PASSWORD_RESET");

		String page = mvc.perform(post("/admin/administrator-changes/{id}/refuse", change).with(as(audit, StaffRole.AUDIT_ADMIN))
			.with(csrf()).param("reason", ""))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("field-error").contains("reason-error");
		mvc.perform(post("/admin/administrator-changes/{id}/refuse", change).with(as(audit, StaffRole.AUDIT_ADMIN))
			.with(csrf()).param("reason", "本人未申请重置"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/api/v1/administrator-changes/{id}/approval", change).with(as(system, StaffRole.SYSTEM_ADMIN)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("identity.change.notPending"));

		assertThat(state(change)).isEqualTo("REFUSED");
		assertThat(identity(auditAdmin).activated()).isTrue();
		List<String> records = jdbc.sql("""
				select actor || ' ' || action || ' ' || outcome || ' ' || coalesce(detail, '') from audit_record
				where (object_type = 'account' and object_id = ?) or (object_type = 'administratorChange' and object_id = ?)
				order by seq""")
			.params(String.valueOf(auditAdmin), String.valueOf(change))
			.query(String.class)
			.list();
		assertThat(records).anySatisfy(record -> assertThat(record).startsWith(security + " account.resetPassword SUCCESS")
			.contains("administrator change #" + change))
			.anySatisfy(record -> assertThat(record).startsWith(audit + " account.change.refuse FAILURE"))
			.anySatisfy(record -> assertThat(record).startsWith(audit + " account.change.refuse SUCCESS").contains("refused"))
			.anySatisfy(record -> assertThat(record).startsWith(system + " account.change.approve FAILURE")
				.contains("identity.change.notPending"));
	}

	@Test
	void allThreeAdministratorsSeeTheRequests() throws Exception {
		long auditAdmin = accounts.create(TestAccounts.uniqueName("auditor"), Grant.platform(StaffRole.AUDIT_ADMIN));
		mvc.perform(post("/api/v1/accounts/{id}/password-reset", auditAdmin).with(as(security, StaffRole.SECURITY_ADMIN)))
			.andExpect(status().isAccepted());
		long change = pendingChange(auditAdmin, "PASSWORD_RESET");

		for (StaffRole role : List.of(StaffRole.SYSTEM_ADMIN, StaffRole.SECURITY_ADMIN, StaffRole.AUDIT_ADMIN)) {
			String page = mvc.perform(get("/admin/administrator-changes").with(as(TestAccounts.uniqueName("x"), role)))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			assertThat(page).contains("三员变更审批").contains("#" + change).contains("重置密码");
		}
		String workbench = mvc.perform(get("/admin").with(as(system, StaffRole.SYSTEM_ADMIN)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(workbench).contains("三员变更申请 #" + change).contains("待您批准");
		mvc.perform(get("/admin/administrator-changes").with(user("editor").authorities(
				new SimpleGrantedAuthority("site:1:EDITOR"), new SimpleGrantedAuthority("STAFF"))))
			.andExpect(status().isForbidden());
	}

	private AccountView identity(long accountId) {
		return RunAs.actor("test", () -> identity.account(accountId), StaffRole.SECURITY_ADMIN.authority(),
				StaffRole.STAFF_AUTHORITY);
	}

	private long pendingChange(long accountId, String kind) {
		return jdbc.sql("select id from administrator_change where staff_account = ? and kind = ? and state = 'PENDING'")
			.params(accountId, kind)
			.query(Long.class)
			.single();
	}

	private String state(long change) {
		return jdbc.sql("select state from administrator_change where id = ?").param(change).query(String.class).single();
	}

	private static RequestPostProcessor as(String username, StaffRole role) {
		return user(username).authorities(new SimpleGrantedAuthority(role.authority()),
				new SimpleGrantedAuthority(StaffRole.STAFF_AUTHORITY));
	}
}
