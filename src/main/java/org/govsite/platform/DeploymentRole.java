package org.govsite.platform;

/**
 * What a GovSite process serves ({@code govsite.role}).
 */
public enum DeploymentRole {

	/** Everything in one process: console, API, jobs, public endpoints and the published sites. */
	ALL,

	/** The back office, on the internal network: console, API and background jobs. */
	ADMIN,

	/** The internet-facing part: public endpoints only; nothing of the back office exists. */
	PUBLIC;

	public boolean servesBackOffice() {
		return this != PUBLIC;
	}

	public boolean servesPublishedSites() {
		return this == ALL;
	}
}
