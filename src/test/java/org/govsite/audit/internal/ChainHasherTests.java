package org.govsite.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
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

	/**
	 * Known answers, computed once from the encoding of version 1 and written here: stored chains
	 * are verified by recomputing these bytes, so any change to the field order, lengths, time
	 * precision, text encoding or MAC would leave every stored trail unverifiable. A new encoding
	 * needs a new version (a new domain string) beside this one, never a change of it.
	 */
	@Test
	void theEncodingOfVersionOneNeverChanges() {
		assertThat(HexFormat.of().formatHex(ChainHasher.canonical(record))).isEqualTo(
				"00000017676f76736974652e61756469745f7265636f72642e7631000000000000000700064c00867a1840000000087a68616e"
						+ "6773616e0000000b736974652e757064617465000000047369746500000002313200000007535543434553530000000831"
						+ "302e302e302e380000001fe694b9e5908de4b8ba20e7a4bae4be8be58ebfe4babae6b091e694bfe5ba9c000000403030"
						+ "30303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030"
						+ "30303030303030303030303030");
		assertThat(hasher.hash(record)).isEqualTo("1990aa2dd5ed20a36b54e1ed8aca879074188b36f95dfd9a8ac571cd14631d6f");
		assertThat(hasher.keyCheck()).isEqualTo("d9a736edc33742de44229d5c2cef3ddf9ccee1c5bcd5c690544682f5a46a4da6");

		RecordContent next = new RecordContent(8, Instant.parse("2026-03-02T01:31:00Z"), "lisi", "document.publish", null,
				null, AuditOutcome.FAILURE, null, null, hasher.hash(record));
		assertThat(hasher.hash(next)).isEqualTo("ce13a53e3d04314863bb276ea04d0cce6d90ead04d4fee34b6419f023aa66b4a");
	}

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
