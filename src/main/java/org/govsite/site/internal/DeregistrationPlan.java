package org.govsite.site.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.govsite.site.DeregistrationItem;

/**
 * The cancellations a domain's site owes once it closed or left supervision (SPEC.md §1): the
 * domain, the 标识码, the ICP and public-security filings and the national registers, all due by the
 * same day.
 */
public final class DeregistrationPlan {

	private DeregistrationPlan() {
	}

	/**
	 * @param on the day the site closed or left supervision
	 * @param leftSupervision whether it left supervision (its own deadline in months)
	 */
	public static Map<DeregistrationItem, LocalDate> of(LocalDate on, boolean leftSupervision, DomainLedgerSettings ledger,
			SiteSettings site) {
		LocalDate due = leftSupervision ? on.plusMonths(site.leaveSupervisionMonths())
				: on.plusDays(ledger.deregisterWithinDays());
		Map<DeregistrationItem, LocalDate> plan = new EnumMap<>(DeregistrationItem.class);
		for (DeregistrationItem item : DeregistrationItem.values()) {
			plan.put(item, due);
		}
		return plan;
	}
}
