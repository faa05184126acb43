package org.govsite.platform;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.task.TaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At 2,000 sites a group's publish delivered about a thousand events at once on a thread each, and
 * their listeners took every database connection (the 2,000-site run of bench/scale.sh): the
 * executor that delivers them keeps to a few threads and queues the rest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class EventListenerThreadsTests {

	@Autowired
	@Qualifier("applicationTaskExecutor")
	TaskExecutor listeners;

	@Test
	void manyDeliveriesAtOnceRunOnAFewThreadsAndAllRun() throws InterruptedException {
		int deliveries = 40;
		AtomicInteger running = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		CountDownLatch done = new CountDownLatch(deliveries);
		for (int i = 0; i < deliveries; i++) {
			listeners.execute(() -> {
				most.accumulateAndGet(running.incrementAndGet(), Math::max);
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				running.decrementAndGet();
				done.countDown();
			});
		}
		assertThat(done.await(30, TimeUnit.SECONDS)).as("every delivery ran").isTrue();
		assertThat(most.get()).isBetween(1, 4);
	}
}
