package org.govsite.audit.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

import org.govsite.audit.HeadVerification;
import org.govsite.audit.HeadVerification.Problem;
import org.govsite.audit.SignedHead;
import org.jspecify.annotations.Nullable;

/**
 * Checks the lines of an exported heads file against the stored trail: each head must carry the
 * installation's signature, and the record it names must still have the hash it names. The first
 * that does not is reported; the rest are not needed to know that the trail was changed.
 */
public final class HeadCheck {

	private final HeadSigner signer;

	private final LongFunction<Optional<String>> storedHash;

	/** {@code storedHash} gives the hash stored for a seq, empty when no record has it. */
	public HeadCheck(HeadSigner signer, LongFunction<Optional<String>> storedHash) {
		this.signer = signer;
		this.storedHash = storedHash;
	}

	public HeadVerification check(List<String> lines) {
		int checked = 0;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (!SignedHead.isHeadLine(line)) {
				if (line.isBlank() || line.strip().startsWith("#")) {
					continue;
				}
				return new HeadVerification(checked, i + 1, null, Problem.UNREADABLE);
			}
			SignedHead head;
			try {
				head = SignedHead.parse(line);
			}
			catch (IllegalArgumentException e) {
				return new HeadVerification(checked, i + 1, null, Problem.UNREADABLE);
			}
			Problem problem = problem(head);
			if (problem != null) {
				return new HeadVerification(checked, i + 1, head, problem);
			}
			checked++;
		}
		return checked == 0 ? new HeadVerification(0, null, null, Problem.EMPTY) : HeadVerification.intact(checked);
	}

	private @Nullable Problem problem(SignedHead head) {
		if (!head.keyId().equals(signer.keyId()) || !signer.verify(head.signedContent(), head.signature())) {
			return Problem.BAD_SIGNATURE;
		}
		if (head.seq() == 0) {
			return head.hash().equals(ChainHasher.GENESIS) ? null : Problem.MISMATCH;
		}
		Optional<String> stored = storedHash.apply(head.seq());
		if (stored.isEmpty()) {
			return Problem.MISSING;
		}
		return stored.get().equals(head.hash()) ? null : Problem.MISMATCH;
	}
}
