package org.govsite.monitor.internal;

import java.io.IOException;
import java.net.UnknownHostException;

/**
 * What checking an outbound link showed. An answer that only says the checker was refused (a
 * firewall, a rate limit, a login, a timeout) does not show the link broken: it is unverifiable.
 */
enum LinkVerdict {

	OK, BROKEN, UNVERIFIABLE;

	/** From the status of the answer. */
	static LinkVerdict ofStatus(int status) {
		if (status >= 200 && status < 400) {
			return OK;
		}
		return switch (status) {
			case 404, 410 -> BROKEN;
			// refused by the server rather than missing: access rules, rate limits, WAFs
			case 401, 403, 405, 406, 407, 418, 429, 451, 503, 999 -> UNVERIFIABLE;
			default -> status >= 500 ? BROKEN : UNVERIFIABLE;
		};
	}

	/** From the failure of the request: a name that does not resolve is broken; no answer at all, unverifiable. */
	static LinkVerdict ofFailure(IOException failure) {
		if (failure instanceof UnknownHostException || failure.getCause() instanceof UnknownHostException) {
			return BROKEN;
		}
		// timeouts, refused or reset connections: a firewall looks just like this
		return UNVERIFIABLE;
	}
}
