package org.govsite.guard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The daily scan's reading ahead: work on several threads, results taken in the items' order. */
class ReadAheadTests {

	@Test
	void resultsComeInTheItemsOrderWhateverTheWorkTakes() {
		List<Integer> items = IntStream.range(0, 300).boxed().toList();
		Random random = new Random(3);
		long[] pauses = random.longs(items.size(), 0, 200_000).toArray();
		Set<String> threads = ConcurrentHashMap.newKeySet();
		List<String> taken = new ArrayList<>();

		ReadAhead.inOrder(items, 3, item -> {
			threads.add(Thread.currentThread().getName());
			LockSupport.parkNanos(pauses[item]);
			return "text " + item;
		}, (item, text) -> taken.add(item + ": " + text));

		assertThat(taken).isEqualTo(items.stream().map(item -> item + ": text " + item).toList());
		assertThat(threads).hasSizeGreaterThan(1).allMatch(name -> name.startsWith("guard-read-"));
	}

	@Test
	void aFailingWorkEndsTheWholeWithItsExceptionAndNothingAfterItIsTaken() {
		List<Integer> taken = new ArrayList<>();
		assertThatThrownBy(() -> ReadAhead.inOrder(List.of(1, 2, 3, 4), 2, item -> {
			if (item == 3) {
				throw new IllegalArgumentException("unreadable " + item);
			}
			return item;
		}, (item, result) -> taken.add(result))).isInstanceOf(IllegalArgumentException.class).hasMessage("unreadable 3");
		assertThat(taken).containsExactly(1, 2);
	}

	@Test
	void aNullResultIsHandedOnLikeAnyOther() {
		List<String> taken = new ArrayList<>();
		ReadAhead.inOrder(List.of("a", "", "b"), 2, text -> text.isEmpty() ? null : text.toUpperCase(),
				(item, result) -> taken.add(item + "=" + result));
		assertThat(taken).containsExactly("a=A", "=null", "b=B");
	}
}
