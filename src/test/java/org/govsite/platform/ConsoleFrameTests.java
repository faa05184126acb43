package org.govsite.platform;

import java.util.List;

import org.govsite.identity.StaffRole;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A console page in the whole application shows the frame: the menu its user may see, the user, the active entry. */
@IntegrationTest
class ConsoleFrameTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theWorkbenchShowsTheMenuTheUserAndItsActiveEntry() throws Exception {
		mvc.perform(get("/admin").with(user("frame-admin").authorities(
				AuthorityUtils.createAuthorityList(StaffRole.STAFF_AUTHORITY, StaffRole.SYSTEM_ADMIN.authority()))))
			.andExpect(status().isOk())
			.andExpect(model().attribute("consoleUser", "frame-admin"))
			.andExpect(model().attribute("consoleActivePath", "/admin"))
			.andExpect(model().attributeExists("consoleZone", "consoleMenuCounts"))
			.andExpect(result -> assertThat((List<?>) result.getModelAndView().getModel().get("consoleMenu"))
				.extracting(item -> ((ConsoleMenuItem) item).path())
				.contains("/admin", "/admin/jobs")
				.doesNotContain("/admin/audit"))
			.andExpect(content().string(containsString("href=\"/admin/jobs\"")))
			.andExpect(content().string(containsString("aria-current=\"page\"")));
	}
}
