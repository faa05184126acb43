package org.govsite.identity;

import java.util.concurrent.ThreadLocalRandom;

import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/** Other modules find staff's email addresses by name or by the role they hold, never of disabled accounts. */
@IntegrationTest
@WithMockUser(username = "secadmin-directory", authorities = { "ROLE_SECURITY_ADMIN", "STAFF" })
class StaffDirectoryTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	IdentityManagement identity;

	@Autowired
	StaffDirectory directory;

	@Test
	void addressesAreFoundByUsernameAndByTheExactScopeOfTheGrant() {
		long siteId = ThreadLocalRandom.current().nextLong(1_000_000, 2_000_000);
		String siteReviewer = account(Grant.site(StaffRole.REVIEWER, siteId));
		String channelReviewer = account(Grant.channel(StaffRole.REVIEWER, siteId, 7));
		String editor = account(Grant.site(StaffRole.EDITOR, siteId));

		assertThat(directory.emailOf(siteReviewer)).contains(siteReviewer + "@example.gov.cn");
		assertThat(directory.emailOf("nobody-" + siteId)).isEmpty();
		assertThat(directory.emailsOfRole(StaffRole.REVIEWER.forSite(siteId))).containsExactly(siteReviewer + "@example.gov.cn");
		assertThat(directory.emailsOfRole(StaffRole.REVIEWER.forChannel(siteId, 7)))
			.containsExactly(channelReviewer + "@example.gov.cn");
		assertThat(directory.emailsOfRole(StaffRole.EDITOR.forSite(siteId))).containsExactly(editor + "@example.gov.cn");
		assertThat(directory.emailsOfRole("site:" + siteId + ":NOT_A_ROLE")).isEmpty();
		assertThat(directory.emailsOfRole("anything")).isEmpty();
	}

	@Test
	void aDisabledAccountHasNoAddress() {
		long siteId = ThreadLocalRandom.current().nextLong(2_000_000, 3_000_000);
		String reviewer = account(Grant.site(StaffRole.REVIEWER, siteId));
		long id = identity.accounts().stream().filter(a -> a.username().equals(reviewer)).findFirst().orElseThrow().id();
		identity.enable(id, false);

		assertThat(directory.emailOf(reviewer)).isEmpty();
		assertThat(directory.emailsOfRole(StaffRole.REVIEWER.forSite(siteId))).isEmpty();
	}

	private String account(Grant grant) {
		String username = TestAccounts.uniqueName("mail");
		long id = accounts.create(username, grant);
		identity.update(id, "测试 " + username, "测试单位", username + "@example.gov.cn");
		return username;
	}
}
