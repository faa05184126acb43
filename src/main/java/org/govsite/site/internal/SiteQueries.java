package org.govsite.site.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.govsite.site.LifecycleStep;
import org.govsite.site.NewMediaPlatform;
import org.govsite.site.NoticeKind;
import org.govsite.site.NoticeView;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteKind;
import org.govsite.site.SitePageFacts;
import org.govsite.site.SiteState;
import org.govsite.site.SiteSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the site group with plain SQL: the {@link SiteDirectory} other modules use, the checks of
 * uniqueness, and what is in transition for the 工作台.
 */
@Component
@Transactional(readOnly = true)
public class SiteQueries implements SiteDirectory {

	private static final String SUMMARY = """
			select id, name, kind, site_code, parent_id, state, english_domain, error_report_enabled from site
			""";

	private static final String PAGE_FACTS = """
			select id, name, kind, site_code, parent_id, state, english_domain, chinese_domain, sponsor, operator, address,
			       contact_phone, contact_email, icp_number, public_security_number, badge_number, error_report_enabled
			from site
			""";

	/** Sites whose life on the platform has ended do not hold their sponsor or account any more. */
	private static final String ALIVE = "state not in ('CLOSED', 'LEFT_SUPERVISION')";

	private final JdbcClient jdbc;

	SiteQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<SiteSummary> find(long siteId) {
		return jdbc.sql(SUMMARY + " where id = :id").param("id", siteId).query(SiteQueries::summary).optional();
	}

	@Override
	public List<SiteSummary> all() {
		return jdbc.sql(SUMMARY + " order by case kind when 'PORTAL' then 0 else 1 end, name, id")
			.query(SiteQueries::summary)
			.list();
	}

	@Override
	public List<SiteSummary> departmentsOf(long portalId) {
		return jdbc.sql(SUMMARY + " where parent_id = :portal order by name, id").param("portal", portalId)
			.query(SiteQueries::summary)
			.list();
	}

	@Override
	public Optional<SitePageFacts> pageFacts(long siteId) {
		return jdbc.sql(PAGE_FACTS + " where id = :id").param("id", siteId).query(SiteQueries::pageFacts).optional();
	}

	@Override
	public List<SitePageFacts> allPageFacts() {
		return jdbc.sql(PAGE_FACTS + " order by id").query(SiteQueries::pageFacts).list();
	}

	@Override
	public List<NoticeView> noticesOn(long siteId) {
		return jdbc.sql("""
				select id, site_id, about_site_id, account_id, kind, text, shown_from, shown_until
				from site_notice where site_id = :id order by shown_from, id
				""")
			.param("id", siteId)
			.query((rows, n) -> new NoticeView(rows.getLong("id"), rows.getLong("site_id"), rows.getLong("about_site_id"),
					rows.getObject("account_id", Long.class), NoticeKind.valueOf(rows.getString("kind")),
					rows.getString("text"), rows.getObject("shown_from", LocalDate.class),
					rows.getObject("shown_until", LocalDate.class)))
			.list();
	}

	public boolean siteCodeTaken(String siteCode, @Nullable Long exceptId) {
		return taken("site_code = :value", siteCode, exceptId);
	}

	public boolean englishDomainTaken(String domain, @Nullable Long exceptId) {
		return taken("english_domain = :value", domain, exceptId);
	}

	public boolean chineseDomainTaken(String domain, @Nullable Long exceptId) {
		return taken("chinese_domain = :value", domain, exceptId);
	}

	/** One unit runs at most one site (SPEC.md §1). */
	public boolean sponsorTaken(String sponsor, @Nullable Long exceptId) {
		return taken("sponsor = :value and " + ALIVE, sponsor, exceptId);
	}

	public boolean hasDepartments(long siteId) {
		return jdbc.sql("select exists (select 1 from site where parent_id = :id)").param("id", siteId)
			.query(Boolean.class).single();
	}

	/** One account per unit per platform. */
	public boolean accountTaken(String ownerUnit, NewMediaPlatform platform, @Nullable Long exceptId) {
		return jdbc.sql("select exists (select 1 from new_media_account where owner_unit = :owner and platform = :platform"
				+ " and " + ALIVE + " and id is distinct from :except)")
			.param("owner", ownerUnit)
			.param("platform", platform.name())
			.param("except", exceptId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Sites and accounts in the middle of something: applied, approved but not online, offline,
	 * closing, or with a request waiting.
	 */
	public List<InTransition> inTransition() {
		String moving = "%1$s.state in ('APPLIED', 'APPROVED', 'TEMPORARILY_OFFLINE', 'CLOSING')"
				+ " or %1$s.request_kind is not null";
		return jdbc.sql("""
				select s.id as site_id, s.name as site_name, null::bigint as account_id, null as account_name, s.state,
				       s.approvals_given, s.request_kind, s.approved_on, s.offline_planned_end, s.closing_notice_from,
				       (select e.requested_by from lifecycle_entry e where e.site_id = s.id and e.position = 0) as applicant
				from site s where %s
				union all
				select a.site_id, s.name, a.id, a.name, a.state, a.approvals_given, a.request_kind, a.approved_on,
				       a.offline_planned_end, a.closing_notice_from,
				       (select e.requested_by from lifecycle_entry e where e.new_media_account_id = a.id and e.position = 0)
				from new_media_account a join site s on s.id = a.site_id where %s
				order by site_name, account_name nulls first
				""".formatted(moving.formatted("s"), moving.formatted("a")))
			.query((rows, n) -> new InTransition(rows.getLong("site_id"), rows.getString("site_name"),
					rows.getObject("account_id", Long.class), rows.getString("account_name"),
					SiteState.valueOf(rows.getString("state")), rows.getInt("approvals_given"),
					rows.getString("request_kind") == null ? null : LifecycleStep.valueOf(rows.getString("request_kind")),
					rows.getObject("approved_on", LocalDate.class), rows.getObject("offline_planned_end", LocalDate.class),
					rows.getObject("closing_notice_from", LocalDate.class), rows.getString("applicant")))
			.list();
	}

	/** Open reporting tasks and unreported change records, with their site's name, soonest first. */
	public List<OpenReport> openReports() {
		return jdbc.sql("""
				select 'task' as kind, t.id, t.site_id, s.name as site_name, t.account_id, t.summary as subject, t.due
				from site_reporting_task t join site s on s.id = t.site_id where t.done_at is null
				union all
				select 'change', c.id, c.site_id, s.name, c.account_id, c.subject, c.report_by
				from site_change_record c join site s on s.id = c.site_id where c.reported_at is null
				order by due nulls last, id
				""")
			.query((rows, n) -> new OpenReport("change".equals(rows.getString("kind")), rows.getLong("id"),
					rows.getLong("site_id"), rows.getString("site_name"), rows.getObject("account_id", Long.class),
					rows.getString("subject"), rows.getObject("due", LocalDate.class)))
			.list();
	}

	private boolean taken(String condition, String value, @Nullable Long exceptId) {
		return jdbc.sql("select exists (select 1 from site where " + condition + " and id is distinct from :except)")
			.param("value", value)
			.param("except", exceptId)
			.query(Boolean.class)
			.single();
	}

	private static SiteSummary summary(ResultSet rows, int rowNumber) throws SQLException {
		return new SiteSummary(rows.getLong("id"), rows.getString("name"), SiteKind.valueOf(rows.getString("kind")),
				rows.getString("site_code"), rows.getObject("parent_id", Long.class),
				SiteState.valueOf(rows.getString("state")), rows.getString("english_domain"),
				rows.getBoolean("error_report_enabled"));
	}

	private static SitePageFacts pageFacts(ResultSet rows, int rowNumber) throws SQLException {
		return new SitePageFacts(rows.getLong("id"), rows.getString("name"), SiteKind.valueOf(rows.getString("kind")),
				rows.getString("site_code"), rows.getObject("parent_id", Long.class), SiteState.valueOf(rows.getString("state")),
				rows.getString("english_domain"), rows.getString("chinese_domain"), rows.getString("sponsor"),
				rows.getString("operator"), rows.getString("address"), rows.getString("contact_phone"),
				rows.getString("contact_email"), rows.getString("icp_number"), rows.getString("public_security_number"),
				rows.getString("badge_number"), rows.getBoolean("error_report_enabled"));
	}

	/** A site or an account in the middle of its lifecycle. */
	public record InTransition(long siteId, String siteName, @Nullable Long accountId, @Nullable String accountName,
			SiteState state, int approvalsGiven, @Nullable LifecycleStep requestKind, @Nullable LocalDate approvedOn,
			@Nullable LocalDate offlinePlannedEnd, @Nullable LocalDate closingNoticeFrom, @Nullable String applicant) {
	}

	/** An open reporting task ({@code change} false) or an unreported change record. */
	public record OpenReport(boolean change, long id, long siteId, String siteName, @Nullable Long accountId,
			String subject, @Nullable LocalDate due) {
	}
}
