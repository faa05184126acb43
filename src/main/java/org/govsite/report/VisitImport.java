package org.govsite.report;

import java.util.List;

import org.govsite.report.internal.VisitStore;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds visits counted outside the beacon: days read from the access logs of sites that nginx serves,
 * and the history the demo brings. Added to what is there, like the beacon's own counts.
 */
@Service
public class VisitImport {

	private final VisitStore store;

	VisitImport(VisitStore store) {
		this.store = store;
	}

	@Transactional
	public void add(List<VisitDay> days) {
		days.forEach(store::add);
	}
}
