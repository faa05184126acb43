package org.govsite.platform.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.govsite.platform.RestrictedTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After every migration run, on the owner's connection: the application's role may read and
 * write every table and use every sequence, and so may it on tables created later (default
 * privileges), except on the {@link RestrictedTable restricted tables}, where it keeps only the
 * rights they name. It owns nothing, so it can neither alter a table nor switch its triggers off.
 * Renewed at every start, so that a database migrated before the roles were apart gets them too.
 */
final class ApplicationRoleGrants implements Callback {

	private static final Logger log = LoggerFactory.getLogger(ApplicationRoleGrants.class);

	private final String applicationRole;

	private final List<RestrictedTable> restrictedTables;

	ApplicationRoleGrants(String applicationRole, List<RestrictedTable> restrictedTables) {
		this.applicationRole = applicationRole;
		this.restrictedTables = List.copyOf(restrictedTables);
	}

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		try {
			grant(context.getConnection());
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not grant the application's database role " + applicationRole + " its rights", e);
		}
	}

	void grant(Connection connection) throws SQLException {
		String owner = connection.getMetaData().getUserName();
		if (owner.equals(applicationRole)) {
			log.warn("The application connects to the database as {}, the role that runs the migrations and owns the tables: "
					+ "it could change or delete audit records. Set govsite.database.owner-user and owner-password to the owner "
					+ "and connect the application as a role of its own (see README, External PostgreSQL)", owner);
			return;
		}
		String role = quoted(applicationRole);
		try (Statement statement = connection.createStatement()) {
			statement.execute("grant usage on schema public to " + role);
			statement.execute("grant select, insert, update, delete on all tables in schema public to " + role);
			statement.execute("grant usage, select on all sequences in schema public to " + role);
			statement.execute("alter default privileges in schema public grant select, insert, update, delete on tables to " + role);
			statement.execute("alter default privileges in schema public grant usage, select on sequences to " + role);
			for (RestrictedTable table : restrictedTables) {
				statement.execute("revoke all on table " + quoted(table.name()) + " from " + role);
				statement.execute("grant " + String.join(", ", table.kept()) + " on table " + quoted(table.name()) + " to " + role);
			}
		}
		warnIfPowerful(connection);
	}

	/** A superuser, or a member of the owner's role, would pass every grant above. */
	private void warnIfPowerful(Connection connection) throws SQLException {
		try (var statement = connection.prepareStatement("""
				select rolsuper or pg_has_role(?, current_user, 'member') from pg_roles where rolname = ?""")) {
			statement.setString(1, applicationRole);
			statement.setString(2, applicationRole);
			try (var rows = statement.executeQuery()) {
				if (rows.next() && rows.getBoolean(1)) {
					log.warn("The application's database role {} is a superuser or a member of the owner's role: it could "
							+ "change or delete audit records. Give it only the login (see README, External PostgreSQL)", applicationRole);
				}
			}
		}
	}

	static String quoted(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	@Override
	public String getCallbackName() {
		return "govsite-application-role-grants";
	}
}
