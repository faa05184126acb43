package org.govsite.identity;

import java.util.List;

import org.govsite.identity.internal.InstallationSetup;

import org.springframework.stereotype.Component;

/**
 * The one-time setup of a new installation, for its page: the three administrators created
 * through the setup link printed at start. Only a holder of that link's token gets anywhere.
 */
@Component
public class FirstSetup {

	private final InstallationSetup setup;

	FirstSetup(InstallationSetup setup) {
		this.setup = setup;
	}

	/** Whether the installation still has no administrator. */
	public boolean pending() {
		return setup.pending();
	}

	public boolean tokenValid(String token) {
		return setup.tokenValid(token);
	}

	/** Creates the three administrators; refused ({@code RuleViolation}) if the token or an entry is not valid. */
	public void complete(String token, List<AdministratorSetup> administrators) {
		setup.complete(token, administrators);
	}

}
