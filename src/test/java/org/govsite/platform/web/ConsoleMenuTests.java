package org.govsite.platform.web;

import java.util.List;

import org.govsite.platform.ConsoleMenuItem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One menu entry is marked for a page: the one it belongs to, never two. */
class ConsoleMenuTests {

	final List<ConsoleMenuItem> menu = List.of(item("/admin"), item("/admin/review"), item("/admin/review-policies"),
			item("/admin/documents"));

	@Test
	void aPageMarksTheEntryItBelongsToOnly() {
		assertThat(ConsoleModelAdvice.activePath(menu, "/admin/review-policies")).isEqualTo("/admin/review-policies");
		assertThat(ConsoleModelAdvice.activePath(menu, "/admin/review")).isEqualTo("/admin/review");
		assertThat(ConsoleModelAdvice.activePath(menu, "/admin/documents/12")).isEqualTo("/admin/documents");
		assertThat(ConsoleModelAdvice.activePath(menu, "/admin")).isEqualTo("/admin");
		assertThat(ConsoleModelAdvice.activePath(menu, "/admin/calendar")).isNull();
	}

	private static ConsoleMenuItem item(String path) {
		return new ConsoleMenuItem("menu", path, 0, user -> true);
	}
}
