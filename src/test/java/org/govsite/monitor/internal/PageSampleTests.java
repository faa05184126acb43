package org.govsite.monitor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The pages probed besides the home page: drawn reproducibly, a different few each round. */
class PageSampleTests {

	private static final List<String> PUBLISHED = IntStream.range(0, 40).mapToObj(i -> "xwdt/" + i + ".html")
		.collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), pages -> {
			pages.addAll(List.of("index.html", "assets/site.css", "files/通知.pdf"));
			return List.copyOf(pages);
		}));

	@Test
	void theSameSiteAndRoundDrawTheSamePagesWhateverTheManifestsOrder() {
		List<String> reversed = new java.util.ArrayList<>(PUBLISHED);
		java.util.Collections.reverse(reversed);
		assertThat(PageSample.draw(PUBLISHED, 7, 493_000, 3)).hasSize(3)
			.isEqualTo(PageSample.draw(reversed, 7, 493_000, 3))
			.doesNotHaveDuplicates();
	}

	@Test
	void onlyPagesOtherThanTheHomePageAreDrawn() {
		for (long round = 0; round < 200; round++) {
			assertThat(PageSample.draw(PUBLISHED, 7, round, 3)).allSatisfy(page -> {
				assertThat(page).endsWith(".html").isNotEqualTo("index.html");
			});
		}
		assertThat(PageSample.draw(List.of("index.html", "a.css"), 7, 1, 3)).isEmpty();
		assertThat(PageSample.draw(List.of("index.html", "a.html"), 7, 1, 3)).containsExactly("a.html");
	}

	@Test
	void roundsAndSitesVaryTheDrawSoThatADayComesRoundMostPages() {
		assertThat(PageSample.draw(PUBLISHED, 7, 1, 3)).isNotEqualTo(PageSample.draw(PUBLISHED, 7, 2, 3));
		assertThat(PageSample.draw(PUBLISHED, 7, 1, 3)).isNotEqualTo(PageSample.draw(PUBLISHED, 8, 1, 3));
		Set<String> day = new HashSet<>();
		for (long hour = 0; hour < 24; hour++) {
			day.addAll(PageSample.draw(PUBLISHED, 7, hour, 3));
		}
		assertThat(day).as("72 draws of 40 pages").hasSizeGreaterThan(30);
	}
}
