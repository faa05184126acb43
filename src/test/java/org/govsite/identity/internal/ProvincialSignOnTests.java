package org.govsite.identity.internal;

import org.govsite.identity.Citizen;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The claims of the provincial 统一身份认证平台 mapped to a citizen account: one account per issuer
 * and subject, named afresh at each sign-in; an email only when the provider verified it and no
 * other account has it (else taking it would hand that account's items to whoever the provider says).
 */
@IntegrationTest
class ProvincialSignOnTests {

	static final String ISSUER = "https://tyrz.example.gov.cn";

	@Autowired
	ProvincialSignOn signOn;

	@Autowired
	CitizenFixtures citizens;

	@Autowired
	MockMvc mvc;

	@Test
	void oneAccountPerSubjectNamedFromTheClaims() {
		String subject = "sub-" + System.nanoTime();
		Citizen first = signOn.signedIn(ISSUER, subject, "周八", subject + "@example.cn", true);
		Citizen again = signOn.signedIn(ISSUER, subject, "周八八", subject + "@example.cn", true);
		assertThat(again.id()).isEqualTo(first.id());
		assertThat(again.name()).isEqualTo("周八八");
		assertThat(again.email()).isEqualTo(subject + "@example.cn");
		assertThat(signOn.signedIn("https://other.example.gov.cn", subject, "周八", null, false).id())
			.as("another provider's subject is another person").isNotEqualTo(first.id());
	}

	@Test
	void anEmailCountsOnlyVerifiedAndNotHeldByAnotherAccount() throws Exception {
		String subject = "sub-" + System.nanoTime();
		assertThat(signOn.signedIn(ISSUER, subject, "吴九", subject + "@example.cn", false).email()).isNull();
		String taken = citizens.signedIn(mvc, "吴九").email();
		assertThat(signOn.signedIn(ISSUER, subject + "-2", "吴九", taken, true).email()).isNull();
		assertThat(signOn.signedIn(ISSUER, subject + "-3", null, null, false).name()).isEqualTo("公众用户");
		assertThat(signOn.signedIn(ISSUER, subject + "-4", "<script>".repeat(10), null, false).name())
			.as("a name no page could show is not taken").isEqualTo("公众用户");
	}
}
