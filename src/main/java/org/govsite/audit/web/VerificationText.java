package org.govsite.audit.web;

import org.govsite.audit.ChainVerification;
import org.govsite.audit.HeadVerification;
import org.govsite.audit.SignedHead;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Says in Chinese what a verification found, the same way on the console and in the API. */
@Component
class VerificationText {

	private final MessageSource messages;

	VerificationText(MessageSource messages) {
		this.messages = messages;
	}

	String describe(ChainVerification verification) {
		if (verification.problem() == null) {
			return messages.getMessage("audit.verification.intact", new Object[] { String.valueOf(verification.checkedRecords()) },
					LocaleContextHolder.getLocale());
		}
		return messages.getMessage("audit.problem." + verification.problem().name(),
				new Object[] { String.valueOf(verification.firstBadSeq()), String.valueOf(verification.checkedRecords()),
						String.valueOf(verification.headSeq()) },
				LocaleContextHolder.getLocale());
	}

	String describe(HeadVerification verification) {
		if (verification.problem() == null) {
			return messages.getMessage("audit.head.intact", new Object[] { String.valueOf(verification.headsChecked()) },
					LocaleContextHolder.getLocale());
		}
		SignedHead head = verification.firstBad();
		return messages.getMessage("audit.head.problem." + verification.problem().name(),
				new Object[] { String.valueOf(verification.firstBadLine()), String.valueOf(verification.headsChecked()),
						head == null ? "" : String.valueOf(head.seq()), head == null ? "" : head.signedAt().toString() },
				LocaleContextHolder.getLocale());
	}
}
