package org.govsite.content;

import org.govsite.site.SiteKind;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The review buttons show only to those who may use them: never to the author. */
@IntegrationTest
class ReviewButtonsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ContentFixtures fixtures;

	@Test
	void aReviewerSeesTheButtonsTheAuthorAndAnotherEditorDoNot() throws Exception {
		long site = fixtures.site(SiteKind.PORTAL, null);
		long channel = fixtures.channel(site, "news");
		ContentFixtures.Staff author = ContentFixtures.editor(site).with(org.govsite.identity.StaffRole.REVIEWER.forSite(site));
		ContentFixtures.Staff colleague = ContentFixtures.editor(site);
		ContentFixtures.Staff reviewer = ContentFixtures.reviewer(site);
		long document = fixtures.draft(author, site, channel, "待审稿件");
		author.run(() -> fixtures.workflow().submit(document, true));

		assertThat(page(document, reviewer)).contains("/admin/documents/" + document + "/approve").doesNotContain("按规定不能审核");
		assertThat(page(document, author)).doesNotContain("/admin/documents/" + document + "/approve").contains("按规定不能审核");
		assertThat(page(document, colleague)).doesNotContain("/admin/documents/" + document + "/approve");
	}

	private String page(long document, ContentFixtures.Staff staff) throws Exception {
		return mvc.perform(get("/admin/documents/{id}", document).with(user(staff.username())
				.authorities(AuthorityUtils.createAuthorityList(staff.with("STAFF").authorities()))))
			.andReturn().getResponse().getContentAsString();
	}
}
