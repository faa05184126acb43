package org.govsite.audit.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govsite.audit.HeadVerification;
import org.govsite.audit.HeadVerification.Problem;
import org.govsite.audit.SignedHead;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class HeadCheckTests {

	private final HeadSigner signer = new HeadSigner(seed(1));

	private final Map<Long, String> stored = new HashMap<>(Map.of(1L, "a".repeat(64), 2L, "b".repeat(64), 3L, "c".repeat(64)));

	private final HeadCheck check = new HeadCheck(signer, seq -> Optional.ofNullable(stored.get(seq)));

	@Test
	void aHeadLineReadsBackAsWritten() {
		SignedHead head = signed(signer, 2, "b".repeat(64));
		assertThat(SignedHead.parse(head.line())).isEqualTo(head);
		assertThatIllegalArgumentException().isThrownBy(() -> SignedHead.parse(head.line() + " extra=1"));
		assertThatIllegalArgumentException().isThrownBy(() -> SignedHead.parse(head.line().replace("seq=2", "seq=x")));
	}

	@Test
	void headsThatStillMatchAreIntact() {
		HeadVerification result = check.check(List.of("# kept on a USB stick", signed(signer, 1, "a".repeat(64)).line(), "",
				signed(signer, 3, "c".repeat(64)).line()));
		assertThat(result.isIntact()).isTrue();
		assertThat(result.headsChecked()).isEqualTo(2);
	}

	@Test
	void aRecomputedChainNoLongerMatchesAnEarlierHead() {
		SignedHead kept = signed(signer, 2, "b".repeat(64));
		stored.put(2L, "d".repeat(64));
		HeadVerification result = check.check(List.of(signed(signer, 1, "a".repeat(64)).line(), kept.line()));
		assertThat(result.problem()).isEqualTo(Problem.MISMATCH);
		assertThat(result.firstBad()).isEqualTo(kept);
		assertThat(result.firstBadLine()).isEqualTo(2);
		assertThat(result.headsChecked()).isEqualTo(1);
	}

	@Test
	void aRecordCutAwayIsMissing() {
		stored.remove(3L);
		assertThat(check.check(List.of(signed(signer, 3, "c".repeat(64)).line())).problem()).isEqualTo(Problem.MISSING);
	}

	@Test
	void aHeadChangedAfterSigningOrSignedElsewhereIsRefused() {
		SignedHead genuine = signed(signer, 2, "b".repeat(64));
		String edited = genuine.line().replace("seq=2", "seq=3").replace("b".repeat(64), "c".repeat(64));
		assertThat(check.check(List.of(edited)).problem()).isEqualTo(Problem.BAD_SIGNATURE);
		HeadSigner other = new HeadSigner(seed(2));
		assertThat(check.check(List.of(signed(other, 1, "a".repeat(64)).line())).problem()).isEqualTo(Problem.BAD_SIGNATURE);
	}

	@Test
	void somethingElseIsUnreadableAndNothingIsEmpty() {
		assertThat(check.check(List.of("seq 2 hash bbbb")).problem()).isEqualTo(Problem.UNREADABLE);
		assertThat(check.check(List.of("# only a comment")).problem()).isEqualTo(Problem.EMPTY);
	}

	private static SignedHead signed(HeadSigner signer, long seq, String hash) {
		SignedHead unsigned = new SignedHead(seq, hash, Instant.parse("2026-12-06T01:00:00Z"), signer.keyId(), "");
		return new SignedHead(seq, hash, unsigned.signedAt(), signer.keyId(), signer.sign(unsigned.signedContent()));
	}

	private static byte[] seed(int value) {
		byte[] seed = new byte[32];
		Arrays.fill(seed, (byte) value);
		return seed;
	}
}
