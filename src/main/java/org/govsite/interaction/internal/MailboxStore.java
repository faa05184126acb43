package org.govsite.interaction.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.govsite.interaction.MailboxKind;
import org.govsite.interaction.MailboxSettings;
import org.govsite.interaction.MailboxView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sites' mailboxes and the departments each may pass letters to. */
@Repository
public class MailboxStore {

	/** A mailbox with its departments in one statement: every letter looks its mailbox up. */
	private static final String SELECT = """
			select m.*, array(select d.site_id from interaction_mailbox_department d where d.mailbox_id = m.id
			  order by d.site_id) as departments
			from interaction_mailbox m""";

	private final JdbcClient jdbc;

	MailboxStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long create(long siteId, MailboxSettings settings) {
		new DeadlineRule(settings.workingDays(), settings.simpleWorkingDays(), settings.maxHops());
		long id = jdbc.sql("""
				insert into interaction_mailbox (site_id, name, kind, real_name_required, working_days, simple_working_days, max_hops)
				values (:site, :name, :kind, :realName, :days, :simpleDays, :hops) returning id""")
			.param("site", siteId)
			.param("name", settings.name().strip())
			.param("kind", settings.kind().name())
			.param("realName", settings.realNameRequired())
			.param("days", settings.workingDays())
			.param("simpleDays", settings.simpleWorkingDays())
			.param("hops", settings.maxHops())
			.query(Long.class)
			.single();
		settings.departments().forEach(department -> jdbc
			.sql("insert into interaction_mailbox_department (mailbox_id, site_id) values (:mailbox, :site)")
			.param("mailbox", id)
			.param("site", department)
			.update());
		return id;
	}

	public Optional<MailboxView> find(long id) {
		return jdbc.sql(SELECT + " where m.id = :id").param("id", id).query(this::view).optional();
	}

	public List<MailboxView> ofSite(long siteId) {
		return jdbc.sql(SELECT + " where m.site_id = :site order by m.id")
			.param("site", siteId)
			.query(this::view)
			.list();
	}

	public List<MailboxView> all() {
		return jdbc.sql(SELECT + " order by m.site_id, m.id").query(this::view).list();
	}

	public static DeadlineRule rule(MailboxView mailbox) {
		MailboxSettings settings = mailbox.settings();
		return new DeadlineRule(settings.workingDays(), settings.simpleWorkingDays(), settings.maxHops());
	}

	private MailboxView view(ResultSet row, int number) throws SQLException {
		long id = row.getLong("id");
		List<Long> departments = List.of((Long[]) row.getArray("departments").getArray());
		return new MailboxView(id, row.getLong("site_id"),
				new MailboxSettings(row.getString("name"), MailboxKind.valueOf(row.getString("kind")),
						row.getBoolean("real_name_required"), row.getInt("working_days"), row.getInt("simple_working_days"),
						row.getInt("max_hops"), departments),
				row.getBoolean("open"));
	}
}
