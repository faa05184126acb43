package org.govsite.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.govsite.identity.AdministratorChange;
import org.govsite.identity.AdministratorChange.Approval;
import org.govsite.identity.AdministratorChange.Kind;
import org.govsite.identity.AdministratorChange.State;
import org.govsite.identity.StaffRole;
import org.govsite.platform.RuleViolation;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The administrator changes and their approvals. */
@Repository
public class AdministratorChangeStore {

	private static final String SELECT = """
			select c.id, c.kind, c.staff_account, a.username, a.display_name, c.argument, c.requested_by,
			       c.requester_role, c.requested_at, c.state, c.decided_at, c.refused_by, c.refusal
			from administrator_change c join staff_account a on a.id = c.staff_account
			""";

	/** Enough to hold every pending request: they are few, each waiting on two or three people. */
	public static final int PENDING_LIMIT = 100;

	private final JdbcClient jdbc;

	AdministratorChangeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a request; only one of a kind may wait for an account at a time. */
	public long request(Kind kind, long accountId, @Nullable String argument, String by, StaffRole byRole, Instant at) {
		try {
			return jdbc.sql("""
					insert into administrator_change (kind, staff_account, argument, requested_by, requester_role, requested_at)
					values (?, ?, ?, ?, ?, ?) returning id""")
				.params(kind.name(), accountId, argument, by, byRole.name(), Timestamp.from(at))
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException alreadyWaiting) {
			throw new RuleViolation("identity.change.alreadyPending");
		}
	}

	public Optional<AdministratorChange> find(long id) {
		return jdbc.sql(SELECT + " where c.id = ?").param(id).query(this::change).optional();
	}

	/** Locks a request for a decision, so that two approvals at once cannot both complete it. */
	public Optional<AdministratorChange> lock(long id) {
		jdbc.sql("select id from administrator_change where id = ? for update").param(id).query(Long.class).optional();
		return find(id);
	}

	/** The pending requests first, then the newest decided ones. */
	public List<AdministratorChange> recent(int limit) {
		return jdbc.sql(SELECT + " order by c.state = 'PENDING' desc, c.requested_at desc, c.id desc limit ?")
			.param(limit)
			.query(this::change)
			.list();
	}

	public void approve(long id, String by, StaffRole role, Instant at) {
		jdbc.sql("""
				insert into administrator_change_approval (administrator_change, approved_by, approver_role, approved_at)
				values (?, ?, ?, ?)""")
			.params(id, by, role.name(), Timestamp.from(at))
			.update();
	}

	public void done(long id, Instant at) {
		jdbc.sql("update administrator_change set state = 'DONE', decided_at = ? where id = ? and state = 'PENDING'")
			.params(Timestamp.from(at), id)
			.update();
	}

	public void refuse(long id, String by, String reason, Instant at) {
		jdbc.sql("""
				update administrator_change set state = 'REFUSED', decided_at = ?, refused_by = ?, refusal = ?
				where id = ? and state = 'PENDING'""")
			.params(Timestamp.from(at), by, reason, id)
			.update();
	}

	private AdministratorChange change(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong(1);
		return new AdministratorChange(id, Kind.valueOf(rs.getString(2)), rs.getLong(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getString(7), StaffRole.valueOf(rs.getString(8)), rs.getTimestamp(9).toInstant(),
				State.valueOf(rs.getString(10)), approvals(id), instant(rs.getTimestamp(11)), rs.getString(12),
				rs.getString(13));
	}

	private List<Approval> approvals(long id) {
		return jdbc.sql("""
				select approved_by, approver_role, approved_at from administrator_change_approval
				where administrator_change = ? order by approved_at, approved_by""")
			.param(id)
			.query((rs, row) -> new Approval(rs.getString(1), StaffRole.valueOf(rs.getString(2)),
					rs.getTimestamp(3).toInstant()))
			.list();
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
