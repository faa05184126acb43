package org.govsite.monitor;

import org.jspecify.annotations.Nullable;

/**
 * One problem a check found on a site.
 *
 * @param kind what kind of problem
 * @param subject what it is about, stable from one run to the next (a page and its link, a channel's
 * id, a file): the same subject found again is the same task
 * @param channelId the channel it belongs to, whose responsible person then owns the task
 * @param detail what is wrong, ready to show (Chinese)
 * @param evidence what shows it: the page, the link, the answer, the probe's causes
 * @param response the answer of the page the problem is about, when one was kept
 */
public record Problem(ProblemKind kind, String subject, @Nullable Long channelId, String detail, String evidence,
		@Nullable ResponseEvidence response) {

	public Problem(ProblemKind kind, String subject, @Nullable Long channelId, String detail, String evidence) {
		this(kind, subject, channelId, detail, evidence, null);
	}

	public Problem {
		if (subject.isBlank()) {
			throw new IllegalArgumentException("A problem names its subject");
		}
	}

	public static Problem of(ProblemKind kind, String subject, String detail, String evidence) {
		return new Problem(kind, subject, null, detail, evidence);
	}

	/** The same problem with the answer that shows it. */
	public Problem withResponse(@Nullable ResponseEvidence answer) {
		return new Problem(kind, subject, channelId, detail, evidence, answer);
	}
}
