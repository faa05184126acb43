package org.govsite.site;

/** Where a domain of the ledger stands (域名台账). */
public enum DomainStatus {

	/** Serving its site. */
	IN_USE,

	/** Its site is closing or closed, and its registrations are being cancelled. */
	BEING_CLOSED,

	/** Every registration is cancelled: kept in the ledger as a record. */
	DEREGISTERED
}
