package org.govsite.assessment.internal;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.govsite.assessment.NewMediaFacts;
import org.govsite.assessment.NewMediaRule;
import org.govsite.identity.StaffRole;
import org.govsite.monitor.InspectionCheck;
import org.govsite.monitor.Problem;
import org.govsite.monitor.ProblemKind;
import org.govsite.platform.RunAs;
import org.govsite.site.NewMediaAccountView;
import org.govsite.site.SiteManagement;
import org.govsite.site.SiteSummary;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 政务新媒体两周未更新 as a rectification task: an account whose newest reading broke a rule on the
 * days since its last post is a problem of its site, one task per account for as long as the
 * readings find it stale; the first reading that finds it updated closes the task (the re-check).
 * Readings are what the inspector recorded (读网), so this check reads them and fetches nothing.
 */
@Component
public class NewMediaStaleCheck implements InspectionCheck {

	public static final String NAME = "assessment.new-media";

	/** The task's subject for an account, stable from one run to the next. */
	public static String subject(long accountId) {
		return "new-media:" + accountId;
	}

	private static final String ACTOR = "system.assessment";

	private final NewMediaStore readings;

	private final ChecklistStore checklist;

	private final SiteManagement siteManagement;

	private final MessageSource messages;

	NewMediaStaleCheck(NewMediaStore readings, ChecklistStore checklist, SiteManagement siteManagement, MessageSource messages) {
		this.readings = readings;
		this.checklist = checklist;
		this.siteManagement = siteManagement;
		this.messages = messages;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<Problem> inspect(SiteSummary site) {
		Set<String> staleRules = checklist.newMediaRules().stream()
			.filter(rule -> rule.measure().equals(NewMediaFacts.DAYS_SINCE_UPDATE))
			.map(NewMediaRule::code)
			.collect(Collectors.toSet());
		List<NewMediaStore.Newest> stale = readings.newestOf(site.id()).stream()
			.filter(reading -> reading.broken().stream().anyMatch(staleRules::contains))
			.toList();
		if (stale.isEmpty()) {
			return List.of();
		}
		Map<Long, NewMediaAccountView> accounts = RunAs.actor(ACTOR, () -> siteManagement.newMediaAccounts(site.id()),
				StaffRole.SYSTEM_ADMIN.authority(), StaffRole.STAFF_AUTHORITY)
			.stream()
			.collect(Collectors.toMap(NewMediaAccountView::id, Function.identity()));
		return stale.stream()
			.filter(reading -> accounts.containsKey(reading.accountId()))
			.map(reading -> problem(accounts.get(reading.accountId()), reading))
			.toList();
	}

	private Problem problem(NewMediaAccountView account, NewMediaStore.Newest reading) {
		String name = text("site.platform." + account.data().platform()) + " · " + account.data().name();
		String detail = reading.lastUpdateOn() == null ? text("assessment.newMedia.task.never", name)
				: text("assessment.newMedia.task.stale", name, ChronoUnit.DAYS.between(reading.lastUpdateOn(), reading.checkedOn()),
						reading.lastUpdateOn().toString());
		String evidence = text("assessment.newMedia.task.evidence", reading.checkedOn().toString(), reading.checkedBy(),
				reading.lastUpdateOn() == null ? text("assessment.entries.neverPosted") : reading.lastUpdateOn().toString(),
				account.data().url() == null ? "" : account.data().url());
		return Problem.of(ProblemKind.NEW_MEDIA_STALE, subject(account.id()), detail, evidence);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
	}
}
