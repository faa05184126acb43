package org.govsite.secops.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govsite.secops.CounterfeitState;
import org.govsite.secops.FindingState;
import org.govsite.secops.Severity;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The scans and their findings, counterfeit-site reports, the duty roster, plans and drills. */
@Repository
public class SecopsStore {

	/** A finding as stored; the site's name is the caller's to add. */
	public record StoredFinding(long id, long siteId, String findingId, String title, Severity severity,
			@Nullable String url, @Nullable String description, LocalDate foundOn, LocalDate dueOn, FindingState state,
			@Nullable String fixNote, @Nullable LocalDate fixedOn, @Nullable LocalDate verifiedOn) {
	}

	public record StoredCounterfeit(long id, String domain, @Nullable String url, @Nullable Long siteId,
			@Nullable String description, String source, String reporter, @Nullable String contactSealed,
			@Nullable String findings, CounterfeitState state, LocalDate reportedOn, @Nullable LocalDate verifiedOn,
			@Nullable LocalDate referredOn, @Nullable LocalDate closedOn, @Nullable String note) {
	}

	public record StoredDuty(long id, LocalDate startsOn, LocalDate endsOn, String person, String phoneSealed) {
	}

	public record StoredDrill(long id, LocalDate heldOn, String scenario, String participants, @Nullable String findings,
			@Nullable Long siteId) {
	}

	private final JdbcClient jdbc;

	SecopsStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// --- scans and findings --------------------------------------------------------------------

	/** Records the scan of the site on the day; @return whether it was new. */
	public boolean recordScan(long siteId, LocalDate day, String fileName, String actor, Instant now) {
		return jdbc.sql("""
				insert into secops_scan (site_id, scanned_on, file_name, imported_by, imported_at) values (?, ?, ?, ?, ?)
				on conflict (site_id, scanned_on) do nothing""")
			.params(siteId, Date.valueOf(day), fileName, actor, Timestamp.from(now))
			.update() == 1;
	}

	public Optional<StoredFinding> finding(long siteId, String findingId) {
		return jdbc.sql("select * from secops_finding where site_id = ? and finding_key = ?")
			.params(siteId, findingId)
			.query(SecopsStore::finding)
			.optional();
	}

	public Optional<StoredFinding> finding(long id) {
		return jdbc.sql("select * from secops_finding where id = ?").param(id).query(SecopsStore::finding).optional();
	}

	public long createFinding(long siteId, ScanCheck.Finding finding, LocalDate foundOn, LocalDate dueOn, Instant now) {
		return jdbc.sql("""
				insert into secops_finding (site_id, finding_key, title, severity, url, description, found_on, due_on,
				    state, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?) returning id""")
			.params(siteId, finding.id(), finding.title(), finding.severity().name(), finding.url(), finding.description(),
					Date.valueOf(foundOn), Date.valueOf(dueOn), Timestamp.from(now), Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	/** A finding found again: its details as the newest scan has them, its first day and state kept. */
	public void updateFinding(long id, ScanCheck.Finding finding, LocalDate dueOn, Instant now) {
		jdbc.sql("""
				update secops_finding set title = ?, severity = ?, url = ?, description = ?, due_on = ?, updated_at = ?
				where id = ?""")
			.params(finding.title(), finding.severity().name(), finding.url(), finding.description(), Date.valueOf(dueOn),
					Timestamp.from(now), id)
			.update();
	}

	/** The findings, newest first, of one site or all, open ones only or all. */
	public List<StoredFinding> findings(@Nullable Long siteId, boolean openOnly, int limit) {
		return jdbc.sql("""
				select * from secops_finding
				where (cast(? as bigint) is null or site_id = ?) and (not ? or state <> 'VERIFIED')
				order by (state = 'OPEN') desc, due_on, id desc limit ?""")
			.params(siteId, siteId, openOnly, limit)
			.query(SecopsStore::finding)
			.list();
	}

	public void fixed(long id, String note, String actor, LocalDate day, Instant now) {
		jdbc.sql("""
				update secops_finding set state = 'FIXED', fix_note = ?, fixed_by = ?, fixed_on = ?, updated_at = ?
				where id = ?""")
			.params(note, actor, Date.valueOf(day), Timestamp.from(now), id)
			.update();
	}

	public void verified(long id, String actor, LocalDate day, Instant now) {
		jdbc.sql("update secops_finding set state = 'VERIFIED', verified_by = ?, verified_on = ?, updated_at = ? where id = ?")
			.params(actor, Date.valueOf(day), Timestamp.from(now), id)
			.update();
	}

	/**
	 * The open findings past their last day that no one was told of yet, marked as told, so that
	 * every overdue finding is reported once.
	 */
	public List<StoredFinding> takeOverdue(LocalDate today) {
		return jdbc.sql("""
				update secops_finding set overdue_alerted = true
				where state = 'OPEN' and due_on < ? and not overdue_alerted returning *""")
			.param(Date.valueOf(today))
			.query(SecopsStore::finding)
			.list();
	}

	/** The last scan of each site scanned at all. */
	public Map<Long, LocalDate> lastScans() {
		Map<Long, LocalDate> last = new HashMap<>();
		jdbc.sql("select site_id, max(scanned_on) last from secops_scan group by site_id")
			.query((ResultSet rs) -> {
				last.put(rs.getLong("site_id"), rs.getDate("last").toLocalDate());
			});
		return last;
	}

	// --- counterfeit sites ---------------------------------------------------------------------

	public long createCounterfeit(String domain, @Nullable String url, @Nullable Long siteId, @Nullable String description,
			String source, String reporter, LocalDate reportedOn, Instant now) {
		return jdbc.sql("""
				insert into secops_counterfeit (domain, url, site_id, description, source, reporter, state, reported_on,
				    created_at)
				values (?, ?, ?, ?, ?, ?, 'REPORTED', ?, ?) returning id""")
			.params(domain, url, siteId, description, source, reporter, Date.valueOf(reportedOn), Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	/** A citizen's sealed contact and the content check's blocking findings, kept with the report. */
	public void citizenDetails(long id, @Nullable String contactSealed, @Nullable String findings) {
		jdbc.sql("update secops_counterfeit set contact_sealed = ?, findings = ? where id = ?")
			.params(contactSealed, findings, id)
			.update();
	}

	public Optional<StoredCounterfeit> counterfeit(long id) {
		return jdbc.sql("select * from secops_counterfeit where id = ?").param(id).query(SecopsStore::counterfeit).optional();
	}

	public List<StoredCounterfeit> counterfeits(int limit) {
		return jdbc.sql("select * from secops_counterfeit order by (state <> 'CLOSED') desc, reported_on desc, id desc limit ?")
			.param(limit)
			.query(SecopsStore::counterfeit)
			.list();
	}

	/** Takes the report to its next state, the step's day and note kept. */
	public void advance(long id, CounterfeitState to, LocalDate day, @Nullable String note) {
		String column = switch (to) {
			case VERIFIED -> "verified_on";
			case REFERRED -> "referred_on";
			case CLOSED -> "closed_on";
			case REPORTED -> throw new IllegalArgumentException("A report starts as reported");
		};
		jdbc.sql("update secops_counterfeit set state = ?, " + column + " = ?, note = coalesce(?, note) where id = ?")
			.params(to.name(), Date.valueOf(day), note, id)
			.update();
	}

	// --- duty, plans and drills ----------------------------------------------------------------

	public long createDuty(LocalDate startsOn, LocalDate endsOn, String person, String phoneSealed, String actor, Instant now) {
		return jdbc.sql("""
				insert into secops_duty (starts_on, ends_on, person, phone_sealed, created_by, created_at)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(Date.valueOf(startsOn), Date.valueOf(endsOn), person, phoneSealed, actor, Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	/** The turns that end on or after the day, soonest first. */
	public List<StoredDuty> duties(LocalDate from) {
		return jdbc.sql("select * from secops_duty where ends_on >= ? order by starts_on, id")
			.param(Date.valueOf(from))
			.query((rs, n) -> new StoredDuty(rs.getLong("id"), day(rs, "starts_on"), day(rs, "ends_on"),
					rs.getString("person"), rs.getString("phone_sealed")))
			.list();
	}

	public long createHeightened(LocalDate startsOn, LocalDate endsOn, String reason, String actor, Instant now) {
		return jdbc.sql("""
				insert into secops_heightened (starts_on, ends_on, reason, created_by, created_at)
				values (?, ?, ?, ?, ?) returning id""")
			.params(Date.valueOf(startsOn), Date.valueOf(endsOn), reason, actor, Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	public List<org.govsite.secops.HeightenedView> heightened(LocalDate from) {
		return jdbc.sql("select * from secops_heightened where ends_on >= ? order by starts_on, id")
			.param(Date.valueOf(from))
			.query((rs, n) -> new org.govsite.secops.HeightenedView(rs.getLong("id"), day(rs, "starts_on"),
					day(rs, "ends_on"), rs.getString("reason")))
			.list();
	}

	public long createPlan(String title, String version, String filedWith, @Nullable LocalDate filedOn, String actor,
			Instant now) {
		return jdbc.sql("""
				insert into secops_plan (title, version, filed_with, filed_on, created_by, created_at)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(title, version, filedWith, filedOn == null ? null : Date.valueOf(filedOn), actor, Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	public List<org.govsite.secops.PlanView> plans() {
		return jdbc.sql("""
				select p.*, d.name document_name, d.size document_size from secops_plan p
				left join secops_plan_document d on d.plan_id = p.id order by p.id desc""")
			.query((rs, n) -> new org.govsite.secops.PlanView(rs.getLong("id"), rs.getString("title"),
					rs.getString("version"), rs.getString("filed_with"), nullableDay(rs, "filed_on"),
					rs.getString("document_name"), rs.getLong("document_size")))
			.list();
	}

	public boolean planExists(long id) {
		return jdbc.sql("select count(*) from secops_plan where id = ?").param(id).query(Integer.class).single() > 0;
	}

	/** Keeps the plan's document, replacing the one it had. */
	public void putPlanDocument(long planId, org.govsite.secops.PlanDocument document, String actor, Instant now) {
		jdbc.sql("""
				insert into secops_plan_document (plan_id, name, content_type, size, sha256, content, uploaded_by, uploaded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (plan_id) do update set name = excluded.name, content_type = excluded.content_type,
				  size = excluded.size, sha256 = excluded.sha256, content = excluded.content,
				  uploaded_by = excluded.uploaded_by, uploaded_at = excluded.uploaded_at""")
			.params(planId, document.name(), document.contentType(), document.content().length, document.sha256(),
					document.content(), actor, Timestamp.from(now))
			.update();
	}

	public Optional<org.govsite.secops.PlanDocument> planDocument(long planId) {
		return jdbc.sql("select name, content_type, content, sha256 from secops_plan_document where plan_id = ?")
			.param(planId)
			.query((rs, n) -> new org.govsite.secops.PlanDocument(rs.getString("name"), rs.getString("content_type"),
					rs.getBytes("content"), rs.getString("sha256")))
			.optional();
	}

	public long createDrill(LocalDate heldOn, String scenario, String participants, @Nullable String findings,
			@Nullable Long siteId, String actor, Instant now) {
		return jdbc.sql("""
				insert into secops_drill (held_on, scenario, participants, findings, site_id, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(Date.valueOf(heldOn), scenario, participants, findings, siteId, actor, Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	public List<StoredDrill> drills(int limit) {
		return jdbc.sql("select * from secops_drill order by held_on desc, id desc limit ?")
			.param(limit)
			.query((rs, n) -> new StoredDrill(rs.getLong("id"), day(rs, "held_on"), rs.getString("scenario"),
					rs.getString("participants"), rs.getString("findings"), nullableLong(rs, "site_id")))
			.list();
	}

	// --- the year's figures --------------------------------------------------------------------

	/** One site's figures of the year, or the group's when {@code siteId} is null. */
	public long[] figures(@Nullable Long siteId, LocalDate from, LocalDate to) {
		Date start = Date.valueOf(from);
		Date end = Date.valueOf(to);
		return jdbc.sql("""
				select
				  (select count(*) from secops_scan where scanned_on between ? and ?
				     and (cast(? as bigint) is null or site_id = ?)) checks,
				  (select count(*) from secops_finding where found_on between ? and ?
				     and (cast(? as bigint) is null or site_id = ?)) found,
				  (select count(*) from secops_finding where fixed_on between ? and ?
				     and (cast(? as bigint) is null or site_id = ?)) fixed,
				  (select count(*) from secops_drill where held_on between ? and ?
				     and (cast(? as bigint) is null or site_id is null or site_id = ?)) drills,
				  (select count(*) from secops_counterfeit where reported_on between ? and ?
				     and (cast(? as bigint) is null or site_id = ?)) counterfeit_found,
				  (select count(*) from secops_counterfeit where coalesce(referred_on, closed_on) between ? and ?
				     and (cast(? as bigint) is null or site_id = ?)) counterfeit_dealt""")
			.params(start, end, siteId, siteId, start, end, siteId, siteId, start, end, siteId, siteId, start, end, siteId,
					siteId, start, end, siteId, siteId, start, end, siteId, siteId)
			.query((rs, n) -> new long[] { rs.getLong("checks"), rs.getLong("found"), rs.getLong("fixed"),
					rs.getLong("drills"), rs.getLong("counterfeit_found"), rs.getLong("counterfeit_dealt") })
			.single();
	}

	// ------------------------------------------------------------------------------------------

	private static StoredFinding finding(ResultSet rs, int row) throws SQLException {
		return new StoredFinding(rs.getLong("id"), rs.getLong("site_id"), rs.getString("finding_key"), rs.getString("title"),
				Severity.valueOf(rs.getString("severity")), rs.getString("url"), rs.getString("description"),
				day(rs, "found_on"), day(rs, "due_on"), FindingState.valueOf(rs.getString("state")),
				rs.getString("fix_note"), nullableDay(rs, "fixed_on"), nullableDay(rs, "verified_on"));
	}

	private static StoredCounterfeit counterfeit(ResultSet rs, int row) throws SQLException {
		return new StoredCounterfeit(rs.getLong("id"), rs.getString("domain"), rs.getString("url"),
				nullableLong(rs, "site_id"), rs.getString("description"), rs.getString("source"), rs.getString("reporter"),
				rs.getString("contact_sealed"), rs.getString("findings"), CounterfeitState.valueOf(rs.getString("state")), day(rs, "reported_on"), nullableDay(rs, "verified_on"),
				nullableDay(rs, "referred_on"), nullableDay(rs, "closed_on"), rs.getString("note"));
	}

	private static LocalDate day(ResultSet rs, String column) throws SQLException {
		return rs.getDate(column).toLocalDate();
	}

	private static @Nullable LocalDate nullableDay(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}
}
