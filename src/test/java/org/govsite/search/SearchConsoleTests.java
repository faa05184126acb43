package org.govsite.search;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.govsite.identity.StaffRole;
import org.govsite.test.IntegrationTest;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 站内搜索 in the console shows the index's last update on the platform's clock (govsite.zone), like every time. */
@IntegrationTest
class SearchConsoleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SearchIndex index;

	@Test
	void theLastUpdateIsShownInThePlatformsZone() throws Exception {
		String id = "console-zone-" + System.nanoTime();
		index.index(new SearchEntry(id, id, "POLICY", 0, List.of(), "时区", "正文", null, null, Instant.now(), null,
				"/" + id + ".html", null));
		try {
			Instant last = index.status().lastIndexedAt();
			assertThat(last).isNotNull();
			String shown = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(last.atZone(TestClock.CHINA));

			mvc.perform(get("/admin/search/status").with(user("sysadmin").authorities(() -> "STAFF",
					() -> StaffRole.SYSTEM_ADMIN.authority())))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(shown)));
		}
		finally {
			index.delete(id);
		}
	}
}
