package org.govsite.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.govsite.calendar.WorkingCalendar;
import org.govsite.content.ContentCatalog;
import org.govsite.disclosure.internal.DisclosureProperties;
import org.govsite.identity.StaffAccess;
import org.govsite.identity.StaffRole;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Watches the 20-working-day limit of proactive disclosure (SPEC.md §5): the documents to disclose
 * that are not live yet, each warned of before its last day and flagged once past it, for the
 * people who answer for it — who created it, who last edited it, and the managers of its site.
 */
@Service
@Transactional(readOnly = true)
public class ProactiveDisclosure {

	private static final StaffRole[] WRITERS = { StaffRole.EDITOR, StaffRole.SITE_MANAGER };

	private final ContentCatalog catalogue;

	private final WorkingCalendar calendar;

	private final StaffAccess staff;

	private final DisclosureProperties properties;

	private final Clock clock;

	ProactiveDisclosure(ContentCatalog catalogue, WorkingCalendar calendar, StaffAccess staff, DisclosureProperties properties,
			Clock clock) {
		this.catalogue = catalogue;
		this.calendar = calendar;
		this.staff = staff;
		this.properties = properties;
		this.clock = clock;
	}

	/** The signed-in user's documents near or past their limit, the most urgent first. */
	public List<ProactiveDeadline> dueSoonOrOverdue() {
		String me = staff.currentUsername();
		Set<Long> managed = staff.sitesWith(StaffRole.SITE_MANAGER);
		LocalDate today = LocalDate.now(clock);
		return catalogue.pendingDisclosures(staff.sitesWith(WRITERS))
			.stream()
			.filter(document -> managed.contains(document.siteId()) || Objects.equals(me, document.createdBy())
					|| Objects.equals(me, document.editedBy()))
			.map(document -> ProactiveDeadline.of(document, today, properties.proactiveWarningDays(), calendar, clock.getZone()))
			.filter(Objects::nonNull)
			.sorted(java.util.Comparator.comparing(ProactiveDeadline::dueOn))
			.toList();
	}
}
