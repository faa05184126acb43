package org.govsite.site;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A domain as the ledger shows it, with the deregistration steps of a closed site.
 *
 * @param daysLeft days until it expires, from today; null without an expiry date
 */
public record LedgerEntry(long id, long siteId, String siteName, String name, boolean chinese,
		@Nullable String registrar, @Nullable LocalDate registeredOn, @Nullable LocalDate expiresOn,
		@Nullable String icpNumber, DomainStatus status, @Nullable String openedBy, @Nullable String appliedBy,
		@Nullable String usedBy, @Nullable String responsible, @Nullable Long daysLeft, List<Step> steps) {

	/** One deregistration to-do with its deadline; done once someone marked it so. */
	public record Step(long id, DeregistrationItem item, LocalDate due, @Nullable Instant doneAt,
			@Nullable String doneBy) {

		public boolean overdueOn(LocalDate today) {
			return doneAt == null && due.isBefore(today);
		}
	}

	public LedgerEntryData data() {
		return new LedgerEntryData(siteId, name, registrar, registeredOn, expiresOn, icpNumber, openedBy, appliedBy,
				usedBy, responsible);
	}
}
