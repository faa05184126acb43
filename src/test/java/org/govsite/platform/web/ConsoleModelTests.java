package org.govsite.platform.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.govsite.platform.ConsoleMenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A console page gets the menu, its counts, the user, the zone and the active entry; a JSON
 * handler (the public API's letters) and a redirect get none of it, and the menu's counts, which
 * may ask the database, are not counted for them.
 */
class ConsoleModelTests {

	final AtomicInteger counted = new AtomicInteger();

	final UsernamePasswordAuthenticationToken user = UsernamePasswordAuthenticationToken.authenticated("editor", null,
			AuthorityUtils.createAuthorityList("ROLE_EDITOR"));

	MockMvc mvc;

	@BeforeEach
	void console() {
		List<ConsoleMenuItem> menu = List.of(new ConsoleMenuItem("menu.workbench", "/admin", 0, any -> true),
				new ConsoleMenuItem("menu.letters", "/admin/letters", 10, any -> true).counting(any -> counted.incrementAndGet()));
		ConsoleModelAdvice advice = new ConsoleModelAdvice(menu, Clock.system(ZoneId.of("Asia/Shanghai")));
		mvc = MockMvcBuilders.standaloneSetup(new Pages(), new Api()).addInterceptors(advice).build();
		SecurityContextHolder.getContext().setAuthentication(user);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aConsolePageGetsTheMenuItsCountsTheUserTheZoneAndTheActiveEntry() throws Exception {
		mvc.perform(get("/admin/letters/12").principal(user))
			.andExpect(status().isOk())
			.andExpect(model().attribute("consoleMenuCounts", java.util.Map.of("/admin/letters", 1)))
			.andExpect(model().attribute("consoleUser", "editor"))
			.andExpect(model().attribute("consoleZone", "Asia/Shanghai"))
			.andExpect(model().attribute("consolePath", "/admin/letters/12"))
			.andExpect(model().attribute("consoleActivePath", "/admin/letters"))
			.andExpect(result -> assertThat((List<?>) result.getModelAndView().getModel().get("consoleMenu")).hasSize(2));
		assertThat(counted).hasValue(1);
	}

	@Test
	void aJsonHandlerDoesNotCountTheMenu() throws Exception {
		mvc.perform(get("/api/public/letters").principal(user)).andExpect(status().isOk());
		assertThat(counted).hasValue(0);
	}

	@Test
	void aRedirectDoesNotCountTheMenu() throws Exception {
		mvc.perform(get("/admin/letters").principal(user)).andExpect(status().is3xxRedirection());
		assertThat(counted).hasValue(0);
	}

	@Controller
	static class Pages {

		@GetMapping("/admin/letters/12")
		String letter() {
			return "interaction/letter";
		}

		@GetMapping("/admin/letters")
		String letters() {
			return "redirect:/admin/letters/12";
		}
	}

	@RestController
	static class Api {

		@GetMapping("/api/public/letters")
		List<String> letters() {
			return List.of("a letter");
		}
	}
}
