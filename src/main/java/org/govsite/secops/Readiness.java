package org.govsite.secops;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.govsite.platform.FieldCipher;
import org.govsite.platform.NotFound;
import org.govsite.platform.RuleViolation;
import org.govsite.secops.internal.SecopsAccess;
import org.govsite.secops.internal.SecopsStore;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Being ready for an incident (SPEC.md §12): the 24-hour duty roster (值班表, phones sealed with SM4
 * as every phone at rest), heightened-duty periods, the emergency plan (应急预案) and where it was
 * filed, and the drills (应急演练). The security administrator's.
 */
@Service
@Transactional
public class Readiness {

	static final int TEXT_LENGTH = 2000;

	static final int NAME_LENGTH = 200;

	private final SecopsStore store;

	private final SiteDirectory sites;

	private final FieldCipher cipher;

	private final SecopsAccess access;

	private final Clock clock;

	Readiness(SecopsStore store, SiteDirectory sites, FieldCipher cipher, SecopsAccess access, Clock clock) {
		this.store = store;
		this.sites = sites;
		this.cipher = cipher;
		this.access = access;
		this.clock = clock;
	}

	public long addDuty(LocalDate startsOn, LocalDate endsOn, String person, String phone) {
		access.require();
		period(startsOn, endsOn);
		String name = required(person, "secops.required.person", NAME_LENGTH);
		String number = phone.strip().replace(" ", "").replace("-", "");
		if (!number.matches("\\+?\\d{5,20}")) {
			throw new RuleViolation("secops.duty.phoneInvalid", phone.strip());
		}
		return store.createDuty(startsOn, endsOn, name, cipher.encrypt(number), access.actor(), clock.instant());
	}

	/** The turns from a week ago on, phones unsealed. */
	@Transactional(readOnly = true)
	public List<DutyView> duties() {
		access.require();
		return store.duties(LocalDate.now(clock).minusWeeks(1)).stream()
			.map(duty -> new DutyView(duty.id(), duty.startsOn(), duty.endsOn(), duty.person(), cipher.decrypt(duty.phoneSealed())))
			.toList();
	}

	public long addHeightened(LocalDate startsOn, LocalDate endsOn, String reason) {
		access.require();
		period(startsOn, endsOn);
		return store.createHeightened(startsOn, endsOn, required(reason, "secops.required.reason", NAME_LENGTH), access.actor(),
				clock.instant());
	}

	@Transactional(readOnly = true)
	public List<HeightenedView> heightened() {
		access.require();
		return store.heightened(LocalDate.now(clock).minusWeeks(1));
	}

	public long addPlan(String title, String version, String filedWith, @Nullable LocalDate filedOn) {
		access.require();
		String kept = required(title, "secops.required.title", NAME_LENGTH);
		String number = required(version, "secops.required.version", NAME_LENGTH);
		String where = required(filedWith, "secops.required.filedWith", NAME_LENGTH);
		if (filedOn != null && filedOn.isAfter(LocalDate.now(clock))) {
			throw new RuleViolation("secops.date.future", filedOn.toString());
		}
		return store.createPlan(kept, number, where, filedOn, access.actor(), clock.instant());
	}

	@Transactional(readOnly = true)
	public List<PlanView> plans() {
		access.require();
		return store.plans();
	}

	/** Keeps the plan's document (PDF or docx, by content), replacing the one it had; answers the name it is kept under. */
	public String attachPlanDocument(long planId, String fileName, byte[] content) {
		access.require();
		if (!store.planExists(planId)) {
			throw new NotFound("plan", planId);
		}
		PlanDocument document = PlanDocument.of(fileName, content);
		store.putPlanDocument(planId, document, access.actor(), clock.instant());
		return document.name();
	}

	/** The plan's document, refused when its bytes no longer match the checksum kept with them. */
	@Transactional(readOnly = true)
	public PlanDocument planDocument(long planId) {
		access.require();
		PlanDocument document = store.planDocument(planId).orElseThrow(() -> new NotFound("plan", planId));
		if (!document.intact()) {
			throw new RuleViolation("secops.plan.document.damaged", document.name());
		}
		return document;
	}

	/** Records a drill held; {@code siteId} null: the platform's drill, for every site. */
	public long addDrill(LocalDate heldOn, String scenario, String participants, @Nullable String findings,
			@Nullable Long siteId) {
		access.require();
		if (heldOn.isAfter(LocalDate.now(clock))) {
			throw new RuleViolation("secops.date.future", heldOn.toString());
		}
		String what = required(scenario, "secops.required.scenario", TEXT_LENGTH);
		String who = required(participants, "secops.required.participants", TEXT_LENGTH);
		String found = findings == null || findings.isBlank() ? null : findings.strip();
		if (found != null && found.length() > TEXT_LENGTH) {
			throw new RuleViolation("secops.text.length", TEXT_LENGTH);
		}
		if (siteId != null && sites.find(siteId).isEmpty()) {
			throw new NotFound("site", siteId);
		}
		return store.createDrill(heldOn, what, who, found, siteId, access.actor(), clock.instant());
	}

	@Transactional(readOnly = true)
	public List<DrillView> drills() {
		access.require();
		List<SiteSummary> group = sites.all();
		return store.drills(500).stream()
			.map(drill -> new DrillView(drill.id(), drill.heldOn(), drill.scenario(), drill.participants(), drill.findings(),
					drill.siteId(), drill.siteId() == null ? null : Vulnerabilities.siteName(group, drill.siteId())))
			.toList();
	}

	private static void period(LocalDate startsOn, LocalDate endsOn) {
		if (endsOn.isBefore(startsOn)) {
			throw new RuleViolation("secops.period", startsOn.toString(), endsOn.toString());
		}
	}

	private static String required(@Nullable String value, String code, int length) {
		String kept = value == null ? "" : value.strip();
		if (kept.isEmpty()) {
			throw new RuleViolation(code);
		}
		if (kept.length() > length) {
			throw new RuleViolation("secops.text.length", length);
		}
		return kept;
	}


}
