package org.govsite.publish.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Numbered list pages count from the oldest entry, so that new entries leave them alone. */
class ListLayoutTests {

	@Test
	void aShortListIsOnePage() {
		ListLayout layout = new ListLayout(35, 20);
		assertThat(layout.numbered()).isZero();
		assertThat(layout.newestCount()).isEqualTo(35);
		assertThat(layout.offset(0)).isZero();
	}

	@Test
	void olderPagesHoldFullPagesFromTheOldestEntry() {
		ListLayout layout = new ListLayout(65, 20);
		assertThat(layout.numbered()).isEqualTo(2);
		assertThat(layout.newestCount()).isEqualTo(25);
		// index_1.html: the 20 oldest entries, offsets 45..64 counted from the newest
		assertThat(layout.offset(1)).isEqualTo(45);
		assertThat(layout.offset(2)).isEqualTo(25);
		assertThat(layout.pageOf(24)).isZero();
		assertThat(layout.pageOf(25)).isEqualTo(2);
		assertThat(layout.pageOf(64)).isEqualTo(1);
	}

	@Test
	void aNewEntryLeavesTheOldPagesWhereTheyWere() {
		ListLayout before = new ListLayout(65, 20);
		ListLayout after = new ListLayout(66, 20);
		assertThat(after.numbered()).isEqualTo(before.numbered());
		// the oldest page is the same 20 entries: one more at the top shifts offsets by one
		assertThat(after.offset(1)).isEqualTo(before.offset(1) + 1);
	}

	@Test
	void anEmptyChannelHasItsNewestPageOnly() {
		assertThat(new ListLayout(0, 20).numbered()).isZero();
		assertThat(new ListLayout(0, 20).limit(0)).isZero();
	}

	@Test
	void aReaderCountsPagesFromTheNewest() {
		ListLayout layout = new ListLayout(65, 20);
		assertThat(layout.pages()).isEqualTo(3);
		assertThat(layout.readerNumber(0)).isEqualTo(1);
		// index_2.html is the second page a reader opens, index_1.html (the oldest) the last
		assertThat(layout.readerNumber(2)).isEqualTo(2);
		assertThat(layout.readerNumber(1)).isEqualTo(3);
	}
}
