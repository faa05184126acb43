package org.govsite.interaction.web;

import jakarta.servlet.http.HttpServletRequest;

import org.govsite.interaction.ParticipationRefused;
import org.govsite.interaction.ProofOfWork;
import org.govsite.interaction.SubmissionLimits;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What every public participation form passes before its content is looked at, as the letter form:
 * the per-address limit and the proof of work; and the Chinese text of a refusal.
 */
@Component
class ParticipationGuard {

	private final ProofOfWork proof;

	private final SubmissionLimits limits;

	private final MessageSource messages;

	ParticipationGuard(ProofOfWork proof, SubmissionLimits limits, MessageSource messages) {
		this.proof = proof;
		this.limits = limits;
		this.messages = messages;
	}

	ProofOfWork.Challenge challenge() {
		return proof.issue();
	}

	void pass(HttpServletRequest request, @Nullable String challenge, @Nullable String solution) {
		pass(limits.tryAddress(request.getRemoteAddr()), challenge, solution);
	}

	/** The same for a subscription request, counted apart from letters and participation. */
	void passSubscription(HttpServletRequest request, @Nullable String challenge, @Nullable String solution) {
		pass(limits.trySubscription(request.getRemoteAddr()), challenge, solution);
	}

	private void pass(boolean withinLimit, @Nullable String challenge, @Nullable String solution) {
		if (!withinLimit) {
			throw new ParticipationRefused(429, "participation.tooMany");
		}
		if (challenge == null || solution == null || !proof.take(challenge, solution)) {
			throw new ParticipationRefused(400, "participation.challenge");
		}
	}

	String text(ParticipationRefused refused) {
		return messages.getMessage(refused.code(), refused.arguments(), refused.code(), LocaleContextHolder.getLocale());
	}
}
