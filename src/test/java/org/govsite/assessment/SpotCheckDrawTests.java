package org.govsite.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/** The quarterly draw: at least half the sites, the same sites again from the same seed whatever the order given. */
class SpotCheckDrawTests {

	private static final List<Long> SITES = LongStream.rangeClosed(1, 25).boxed().toList();

	@Test
	void drawsHalfRoundedUpAndTheSameAgainFromTheSeed() {
		List<Long> drawn = SpotCheckDraw.draw(SITES, 20261001L, 50);

		assertThat(drawn).hasSize(13).doesNotHaveDuplicates().allMatch(SITES::contains);
		assertThat(SpotCheckDraw.draw(SITES.reversed(), 20261001L, 50)).isEqualTo(drawn);
		assertThat(SpotCheckDraw.draw(SITES, 20261002L, 50)).isNotEqualTo(drawn);
		assertThat(SpotCheckDraw.draw(SITES, 1L, 100)).containsExactlyInAnyOrderElementsOf(SITES);
	}

	@Test
	void neverLessThanHalf() {
		assertThatIllegalArgumentException().isThrownBy(() -> SpotCheckDraw.draw(SITES, 1L, 49));
	}

	@Test
	void namesTheQuarter() {
		assertThat(SpotChecks.quarterOf(java.time.LocalDate.of(2026, 12, 7))).isEqualTo("2026Q4");
		assertThat(SpotChecks.quarterOf(java.time.LocalDate.of(2026, 1, 1))).isEqualTo("2026Q1");
	}
}
