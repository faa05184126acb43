package org.govsite.platform;

import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.govsite.platform.ProbeListener.ProbeHappened;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry's promise, on which every reaction between modules relies: a listener that fails
 * leaves its event publication incomplete in the database, and a retry delivers it again; once
 * handled, the publication leaves the live table (completion mode DELETE, see application.yaml).
 */
@IntegrationTest
class EventPublicationRetryTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProbeListener listener;

	@Test
	void aFailedListenersPublicationStaysIncompleteUntilARetryDeliversIt() {
		String marker = UUID.randomUUID().toString();
		listener.failFor(marker);

		transaction.executeWithoutResult(status -> events.publishEvent(new ProbeHappened(marker)));

		await("the listener's first, failing attempt", () -> listener.attempts(marker) == 1 && failed(marker));
		assertThat(publications(marker)).as("the failed publication is kept, incomplete").isEqualTo(1);
		assertThat(listener.handled(marker)).isFalse();

		listener.succeedFor(marker);
		incomplete.resubmitIncompletePublications(
				publication -> publication.getEvent() instanceof ProbeHappened probe && probe.marker().equals(marker));

		await("the retry", () -> listener.handled(marker));
		assertThat(listener.attempts(marker)).isEqualTo(2);
		await("the completed publication to leave the live table", () -> kept(marker) == 0);
	}

	private int publications(String marker) {
		return jdbc.sql("select count(*) from event_publication where serialized_event like :marker and completion_date is null")
			.param("marker", "%" + marker + "%")
			.query(Integer.class)
			.single();
	}

	/** Rows of the marker's publication in the live table, complete or not. */
	private int kept(String marker) {
		return jdbc.sql("select count(*) from event_publication where serialized_event like :marker")
			.param("marker", "%" + marker + "%")
			.query(Integer.class)
			.single();
	}

	/** The registry has recorded the failure (not only the listener's throw). */
	private boolean failed(String marker) {
		return jdbc.sql("select count(*) from event_publication where serialized_event like :marker and status = 'FAILED'")
			.param("marker", "%" + marker + "%")
			.query(Integer.class)
			.single() == 1;
	}

	private static void await(String what, BooleanSupplier condition) {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("waited 20 s for " + what);
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError("interrupted while waiting for " + what, e);
			}
		}
	}
}
