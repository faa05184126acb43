package org.govsite.site.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govsite.site.DeregistrationItem;
import org.govsite.site.DomainStatus;
import org.govsite.site.LedgerEntry;
import org.govsite.site.LedgerEntryData;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The domain ledger's tables: the domains and the deregistration steps of closed sites. */
@Component
public class DomainLedgerStore {

	/** A domain the daily job looks at for its expiry. */
	public record Expiring(long id, long siteId, String siteName, String name, LocalDate expiresOn,
			@Nullable Integer warnedWithin) {
	}

	/** An open deregistration step, for the 工作台. */
	public record OpenStep(long siteId, String siteName, String domain, DeregistrationItem item, LocalDate due) {
	}

	private final JdbcClient jdbc;

	DomainLedgerStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Enters every domain the sites' registrations name and the ledger lacks, as in use. */
	public int syncFromSites(Instant now) {
		return jdbc.sql("""
				insert into site_domain_entry (site_id, name, chinese, icp_number, status, updated_at)
				select id, english_domain, false, icp_number, 'IN_USE', cast(:now as timestamptz) from site
				where english_domain is not null
				union all
				select id, chinese_domain, true, icp_number, 'IN_USE', cast(:now as timestamptz) from site
				where chinese_domain is not null
				on conflict (name) do nothing
				""").param("now", java.sql.Timestamp.from(now)).update();
	}

	public List<LedgerEntry> all(LocalDate today) {
		Map<Long, List<LedgerEntry.Step>> steps = new LinkedHashMap<>();
		jdbc.sql("select id, entry_id, item, due, done_at, done_by from site_domain_step order by entry_id, id")
			.query((rs, row) -> {
				steps.computeIfAbsent(rs.getLong("entry_id"), id -> new ArrayList<>())
					.add(new LedgerEntry.Step(rs.getLong("id"), DeregistrationItem.valueOf(rs.getString("item")),
							rs.getObject("due", LocalDate.class), instant(rs.getObject("done_at", java.time.OffsetDateTime.class)),
							rs.getString("done_by")));
				return null;
			})
			.list();
		return jdbc.sql("""
				select e.*, s.name as site_name from site_domain_entry e join site s on s.id = e.site_id
				order by e.status, s.name, e.chinese, e.name
				""")
			.query((rs, row) -> {
				long id = rs.getLong("id");
				LocalDate expires = rs.getObject("expires_on", LocalDate.class);
				return new LedgerEntry(id, rs.getLong("site_id"), rs.getString("site_name"), rs.getString("name"),
						rs.getBoolean("chinese"), rs.getString("registrar"), rs.getObject("registered_on", LocalDate.class),
						expires, rs.getString("icp_number"), DomainStatus.valueOf(rs.getString("status")),
						rs.getString("opened_by"), rs.getString("applied_by"), rs.getString("used_by"),
						rs.getString("responsible"), expires == null ? null : ChronoUnit.DAYS.between(today, expires),
						List.copyOf(steps.getOrDefault(id, List.of())));
			})
			.list();
	}

	public Optional<Long> siteOf(long entryId) {
		return jdbc.sql("select site_id from site_domain_entry where id = :id").param("id", entryId).query(Long.class)
			.optional();
	}

	public boolean nameTaken(String name, @Nullable Long exceptId) {
		return jdbc.sql("select count(*) from site_domain_entry where name = :name and id is distinct from :id")
			.param("name", name)
			.param("id", exceptId, java.sql.Types.BIGINT)
			.query(Integer.class)
			.single() > 0;
	}

	public long insert(LedgerEntryData data, String name, boolean chinese, Instant now) {
		return jdbc.sql("""
				insert into site_domain_entry (site_id, name, chinese, registrar, registered_on, expires_on, icp_number,
				  status, opened_by, applied_by, used_by, responsible, updated_at)
				values (:site, :name, :chinese, :registrar, :registered, :expires, :icp, 'IN_USE', :opened, :applied,
				  :used, :responsible, :now)
				returning id
				""")
			.params(params(data, name, chinese, now))
			.query(Long.class)
			.single();
	}

	/** Changes an entry; a new expiry date (a renewal) starts its warnings afresh. */
	public void update(long id, LedgerEntryData data, String name, boolean chinese, Instant now) {
		Map<String, Object> params = params(data, name, chinese, now);
		params.put("id", id);
		jdbc.sql("""
				update site_domain_entry set site_id = :site, name = :name, chinese = :chinese, registrar = :registrar,
				  registered_on = :registered, icp_number = :icp, opened_by = :opened, applied_by = :applied,
				  used_by = :used, responsible = :responsible, updated_at = :now,
				  warned_within = case when expires_on is not distinct from cast(:expires as date) then warned_within end,
				  expires_on = :expires
				where id = :id
				""").params(params).update();
	}

	/** Marks the site's domains being closed, unless already deregistered. */
	public void markBeingClosed(long siteId, Instant now) {
		jdbc.sql("""
				update site_domain_entry set status = 'BEING_CLOSED', updated_at = :now
				where site_id = :site and status = 'IN_USE'
				""").param("site", siteId).param("now", java.sql.Timestamp.from(now)).update();
	}

	/** Opens the steps on each of the site's domains not yet deregistered; steps already open stay as they are. */
	public void openSteps(long siteId, Map<DeregistrationItem, LocalDate> plan, Instant now) {
		markBeingClosed(siteId, now);
		plan.forEach((item, due) -> jdbc.sql("""
				insert into site_domain_step (entry_id, item, due)
				select id, :item, :due from site_domain_entry where site_id = :site and status <> 'DEREGISTERED'
				on conflict (entry_id, item) do nothing
				""").param("item", item.name()).param("due", due).param("site", siteId).update());
	}

	/**
	 * A domain the site no longer uses: being closed, with the one step of cancelling it at its
	 * registrar (the change itself is reported through the site's change record).
	 */
	public void retire(long siteId, String name, LocalDate due, Instant now) {
		jdbc.sql("""
				update site_domain_entry set status = 'BEING_CLOSED', updated_at = :now
				where site_id = :site and name = :name and status = 'IN_USE'
				""").param("site", siteId).param("name", name).param("now", java.sql.Timestamp.from(now)).update();
		jdbc.sql("""
				insert into site_domain_step (entry_id, item, due)
				select id, 'DOMAIN', :due from site_domain_entry where site_id = :site and name = :name
				  and status = 'BEING_CLOSED'
				on conflict (entry_id, item) do nothing
				""").param("due", due).param("site", siteId).param("name", name).update();
	}

	/**
	 * Marks a step done; the domain counts as deregistered once all of its steps are.
	 *
	 * @return the site of the step, empty when there is no such open step
	 */
	public Optional<Long> completeStep(long stepId, String by, Instant at) {
		Optional<Long> entry = jdbc.sql("""
				update site_domain_step set done_at = :at, done_by = :by where id = :id and done_at is null
				returning entry_id
				""").param("at", java.sql.Timestamp.from(at)).param("by", by).param("id", stepId).query(Long.class).optional();
		entry.ifPresent(entryId -> jdbc.sql("""
				update site_domain_entry set status = 'DEREGISTERED', updated_at = :at
				where id = :entry and not exists (select 1 from site_domain_step where entry_id = :entry and done_at is null)
				""").param("at", java.sql.Timestamp.from(at)).param("entry", entryId).update());
		return entry.flatMap(this::siteOf);
	}

	public Optional<Long> siteOfStep(long stepId) {
		return jdbc.sql("select e.site_id from site_domain_step s join site_domain_entry e on e.id = s.entry_id where s.id = :id")
			.param("id", stepId).query(Long.class).optional();
	}

	public List<Expiring> expiring() {
		return jdbc.sql("""
				select e.id, e.site_id, s.name as site_name, e.name, e.expires_on, e.warned_within
				from site_domain_entry e join site s on s.id = e.site_id
				where e.status = 'IN_USE' and e.expires_on is not null
				""")
			.query((rs, row) -> new Expiring(rs.getLong("id"), rs.getLong("site_id"), rs.getString("site_name"),
					rs.getString("name"), rs.getObject("expires_on", LocalDate.class),
					(Integer) rs.getObject("warned_within")))
			.list();
	}

	public void markWarned(long id, int threshold) {
		jdbc.sql("update site_domain_entry set warned_within = :t where id = :id").param("t", threshold).param("id", id)
			.update();
	}

	public List<OpenStep> openSteps() {
		return jdbc.sql("""
				select e.site_id, s.name as site_name, e.name, st.item, st.due
				from site_domain_step st join site_domain_entry e on e.id = st.entry_id join site s on s.id = e.site_id
				where st.done_at is null order by st.due, e.name, st.id
				""")
			.query((rs, row) -> new OpenStep(rs.getLong("site_id"), rs.getString("site_name"), rs.getString("name"),
					DeregistrationItem.valueOf(rs.getString("item")), rs.getObject("due", LocalDate.class)))
			.list();
	}

	private static Map<String, Object> params(LedgerEntryData data, String name, boolean chinese, Instant now) {
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("site", data.siteId());
		params.put("name", name);
		params.put("chinese", chinese);
		params.put("registrar", blankToNull(data.registrar()));
		params.put("registered", data.registeredOn());
		params.put("expires", data.expiresOn());
		params.put("icp", blankToNull(data.icpNumber()));
		params.put("opened", blankToNull(data.openedBy()));
		params.put("applied", blankToNull(data.appliedBy()));
		params.put("used", blankToNull(data.usedBy()));
		params.put("responsible", blankToNull(data.responsible()));
		params.put("now", java.sql.Timestamp.from(now));
		return params;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static @Nullable Instant instant(java.time.@Nullable OffsetDateTime at) {
		return at == null ? null : at.toInstant();
	}
}
