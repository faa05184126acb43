package org.govsite.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

import org.govsite.audit.AuditOutcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ChainHasherTests {

	private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

	private final ChainHasher hasher = new ChainHasher(KEY);

	private final RecordContent record = new RecordContent(7, Instant.parse("2026-03-02T01:30:00.123456Z"), "zhangsan",
			"site.update", "site", "12", AuditOutcome.SUCCESS, "10.0.0.8", "改名为 示例县人民政府", ChainHasher.GENESIS);

	@Test
	void theSameRecordAlwaysHashesAlike() {
		assertThat(hasher.hash(record)).isEqualTo(new ChainHasher(KEY).hash(record)).matches("[0-9a-f]{64}");
	}

	@Test
	void changingAnyFieldChangesTheHash() {
		List<UnaryOperator<RecordContent>> changes = List.of(
				r -> new RecordContent(8, r.occurredAt(), r.actor(), r.action(), r.objectType(), r.objectId(), r.outcome(),
						r.sourceAddress(), r.detail(), r.previousHash()),
				r -> new RecordContent(r.seq(), r.occurredAt().plusNanos(1_000), r.actor(), r.action(), r.objectType(),
						r.objectId(), r.outcome(), r.sourceAddress(), r.detail(), r.previousHash()),
				r -> new RecordContent(r.seq(), r.occurredAt(), "lisi", r.action(), r.objectType(), r.objectId(), r.outcome(),
						r.sourceAddress(), r.detail(), r.previousHash()),
				r -> new RecordContent(r.seq(), r.occurredAt(), r.actor(), "site.delete", r.objectType(), r.objectId(),
						r.outcome(), r.sourceAddress(), r.detail(), r.previousHash()),
				r -> new RecordContent(r.seq(), r.occurredAt(), r.actor(), r.action(), "channel", r.objectId(), r.outcome(),
						r.sourceAddress(), r.detail(), r.previousHash()),
				r -> new RecordContent(r.seq(), r.occurredAt(), r.actor(), r.action(), r.objectType(), "13", r.outcome(),
						r.sourceAddress(), r.detail(), r.previousHash()),
				r -> new RecordContent(r.seq(), r.occurredAt(), r.actor(), r.action(), r.objectType(), r.objectId(),
						AuditOutcome.FAILURE, r.sourceAddress(), r.detail(), r.previousHash()),
				r -> new RecordContent(r.seq(), r.occurredAt(), r.actor(), r.action(), r.objectType(), r.objectId(), r.outcome(),
						"10.0.0.9", r.detail(), r.previousHash()),
				r -> new RecordContent(r.seq(), r.occurredAt(), r.actor(), r.action(), r.objectType(), r.objectId(), r.outcome(),
						r.sourceAddress(), "改名为 示例县政府", r.previousHash()),
				r -> new RecordContent(r.seq(), r.occurredAt(), r.actor(), r.action(), r.objectType(), r.objectId(), r.outcome(),
						r.sourceAddress(), r.detail(), "1" + ChainHasher.GENESIS.substring(1)));
		String original = hasher.hash(record);
		for (UnaryOperator<RecordContent> change : changes) {
			RecordContent changed = change.apply(record);
			assertThat(changed).isNotEqualTo(record);
			assertThat(hasher.hash(changed)).as("%s", changed).isNotEqualTo(original);
		}
	}

	@Test
	void theEncodingKeepsFieldBoundaries() {
		RecordContent ab = withActorAndAction("ab", "c");
		RecordContent a = withActorAndAction("a", "bc");
		assertThat(ChainHasher.canonical(ab)).isNotEqualTo(ChainHasher.canonical(a));
		assertThat(hasher.hash(ab)).isNotEqualTo(hasher.hash(a));
	}

	@Test
	void anAbsentFieldIsNotAnEmptyOne() {
		RecordContent absent = new RecordContent(1, record.occurredAt(), "a", "b", null, "", AuditOutcome.SUCCESS, null,
				null, ChainHasher.GENESIS);
		RecordContent empty = new RecordContent(1, record.occurredAt(), "a", "b", "", null, AuditOutcome.SUCCESS, null,
				null, ChainHasher.GENESIS);
		assertThat(hasher.hash(absent)).isNotEqualTo(hasher.hash(empty));
	}

	@Test
	void anotherKeyGivesAnotherHashAndKeyCheck() {
		ChainHasher other = new ChainHasher("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII));
		assertThat(other.hash(record)).isNotEqualTo(hasher.hash(record));
		assertThat(other.keyCheck()).isNotEqualTo(hasher.keyCheck());
		assertThat(hasher.keyCheck()).isEqualTo(new ChainHasher(KEY).keyCheck());
	}

	@Test
	void timeCountsInMicroseconds() {
		assertThat(ChainHasher.epochMicros(Instant.parse("1970-01-01T00:00:01.000002Z"))).isEqualTo(1_000_002);
		assertThat(ChainHasher.epochMicros(Instant.parse("1969-12-31T23:59:59.999999Z"))).isEqualTo(-1);
	}

	@Test
	void refusesAShortKey() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ChainHasher(new byte[16]));
	}

	private RecordContent withActorAndAction(String actor, String action) {
		return new RecordContent(1, record.occurredAt(), actor, action, null, null, AuditOutcome.SUCCESS, null, null,
				ChainHasher.GENESIS);
	}
}
