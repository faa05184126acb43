package org.govsite.platform;

import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The API describes itself in OpenAPI, for the engineers who integrate with it. */
@IntegrationTest
class ApiDescriptionTests {

	@Autowired
	MockMvc mvc;

	@Test
	void describesTheApiUnderV1ToSignedInStaff() throws Exception {
		mvc.perform(get("/v3/api-docs").with(user("api.reader").authorities(new SimpleGrantedAuthority("STAFF"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openapi").exists())
			.andExpect(jsonPath("$.paths['/api/v1/accounts']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/audit/records']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/calendar/years']").exists());
	}

	@Test
	void aStrangerGetsNoDescriptionOfTheBackOffice() throws Exception {
		mvc.perform(get("/v3/api-docs")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/v3/api-docs/swagger-config")).andExpect(status().is3xxRedirection());
	}
}
