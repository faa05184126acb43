package org.govsite.identity.internal;

import java.util.Map;

import org.govsite.disclosure.DisclosureFixtures;
import org.govsite.interaction.LetterFixtures;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * 我的: a signed-in citizen's letters and applications carry the account; what was written before,
 * without signing in, under the account's verified email is listed once claimed, and nothing of
 * another address is.
 */
@IntegrationTest
class CitizenItemsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	CitizenFixtures citizens;

	@Autowired
	LetterFixtures letters;

	@Autowired
	DisclosureFixtures disclosure;

	@Test
	void mineListsWhatWasWrittenSignedInAndClaimsWhatWasWrittenBeforeByTheVerifiedEmail() throws Exception {
		LetterFixtures.Desk desk = letters.desk(false);
		CitizenFixtures.SignedIn citizen = citizens.signedIn(mvc, "孙七");

		assertThat(letter(desk, "13900000001", "东街路灯不亮", citizen.email(), citizen.session())).isEqualTo(201);
		assertThat(letter(desk, "13900000002", "西街积水严重", citizen.email(), null)).isEqualTo(201);
		assertThat(letter(desk, "13900000003", "别人的来信", "other@example.cn", null)).isEqualTo(201);
		String site = disclosure.site().code();
		assertThat(application(site, "示例县城区道路改造的征收补偿标准", citizen.email())).isEqualTo(201);

		String mine = page(citizen.session());
		assertThat(mine).contains("东街路灯不亮", "/letters/follow?code=").doesNotContain("西街积水严重")
			.doesNotContain("征收补偿标准").doesNotContain("别人的来信");

		assertThat(mvc.perform(post("/my/claim").session(citizen.session()).with(csrf())).andReturn().getResponse()
			.getRedirectedUrl()).isEqualTo("/my?claimed=2");
		mine = page(citizen.session());
		assertThat(mine).contains("东街路灯不亮", "西街积水严重", "示例县城区道路改造的征收补偿标准", "依申请公开", "办理中")
			.doesNotContain("别人的来信");
		assertThat(mvc.perform(post("/my/claim").session(citizen.session()).with(csrf())).andReturn().getResponse()
			.getRedirectedUrl()).as("claimed once").isEqualTo("/my?claimed=0");
	}

	@Test
	void withoutSigningInMineAndClaimingAskForTheSignIn() throws Exception {
		assertThat(mvc.perform(get("/my")).andReturn().getResponse().getRedirectedUrl()).endsWith("/citizen/login");
		assertThat(mvc.perform(post("/my/claim").with(csrf())).andReturn().getResponse().getRedirectedUrl())
			.endsWith("/citizen/login");
	}

	private String page(MockHttpSession session) throws Exception {
		return mvc.perform(get("/my").session(session)).andReturn().getResponse().getContentAsString();
	}

	private int letter(LetterFixtures.Desk desk, String phone, String subject, String email, MockHttpSession session)
			throws Exception {
		String fields = LetterFixtures.letter(phone, subject).replace("zhang@example.cn", email);
		MockHttpServletRequestBuilder call = post("/api/public/mailboxes/" + desk.mailbox() + "/letters")
			.with(request -> CitizenFixtures.remote(request, CitizenFixtures.address()))
			.contentType(MediaType.APPLICATION_JSON).content(letters.body(fields));
		if (session != null) {
			call.session(session);
		}
		return mvc.perform(call).andReturn().getResponse().getStatus();
	}

	private int application(String site, String description, String email) throws Exception {
		Map<String, Object> form = new java.util.HashMap<>();
		form.put("siteCode", site);
		form.put("applicantType", "NATURAL_PERSON");
		form.put("name", "孙七");
		form.put("identityNumber", DisclosureFixtures.ID_NUMBER);
		form.put("phone", "13800138000");
		form.put("email", email);
		form.put("address", "示例县人民路 8 号");
		form.put("description", description);
		form.put("delivery", "ONLINE");
		return mvc.perform(post("/api/public/disclosure/applications")
			.with(request -> CitizenFixtures.remote(request, CitizenFixtures.address()))
			.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(form))).andReturn().getResponse().getStatus();
	}
}
