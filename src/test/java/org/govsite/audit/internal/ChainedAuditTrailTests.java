package org.govsite.audit.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChainedAuditTrailTests {

	@Test
	void blankTextIsAbsent() {
		assertThat(ChainedAuditTrail.clean("  ", 10)).isNull();
		assertThat(ChainedAuditTrail.clean(null, 10)).isNull();
	}

	@Test
	void longTextIsCutAndMarked() {
		assertThat(ChainedAuditTrail.clean("一二三四五六七八九十", 5)).isEqualTo("一二三四…");
	}

	@Test
	void aCutNeverSplitsACharacter() {
		// 𠀀 is one character of two UTF-16 units: it goes whole or not at all.
		assertThat(ChainedAuditTrail.clean("ab𠀀cd", 4)).isEqualTo("ab…");
	}

	@Test
	void whatTheDatabaseCannotHoldIsReplaced() {
		assertThat(ChainedAuditTrail.clean("a\u0000b", 10)).isEqualTo("a\uFFFDb");
		assertThat(ChainedAuditTrail.clean("a\uD800b", 10)).isEqualTo("a?b");
	}
}
