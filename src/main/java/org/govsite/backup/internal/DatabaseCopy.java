package org.govsite.backup.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A logical backup of the database with PostgreSQL's own COPY, for the embedded database (whose
 * binaries bring no pg_dump) and any server whose pg_dump is missing or older than it: every table
 * of the schema in one REPEATABLE READ read-only transaction, so that all of them, the audit
 * chain's records and its head among them, come from one snapshot. Only the data is kept: the
 * restore writes it into a fresh install that Flyway migrated to the same schema version.
 */
final class DatabaseCopy {

	static final String HISTORY = "flyway_schema_history";

	static final String TABLES = "db/tables.tsv";

	static final String SEQUENCES = "db/sequences.tsv";

	private DatabaseCopy() {
	}

	/** Copies every table out into {@code db/} under the folder; answers the rows per table. */
	static Map<String, Long> dump(Connection connection, Path folder) throws SQLException {
		connection.setAutoCommit(false);
		connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
		connection.setReadOnly(true);
		try {
			Path db = Files.createDirectories(folder.resolve("db"));
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			Map<String, Long> rows = new LinkedHashMap<>();
			StringBuilder tables = new StringBuilder();
			for (String table : tables(connection)) {
				List<String> columns = columns(connection, table);
				tables.append(table).append('\t').append(String.join(",", columns)).append('\n');
				try (OutputStream out = Files.newOutputStream(db.resolve(table + ".copy"))) {
					rows.put(table, copy.copyOut("copy " + quoted(table) + " (" + quotedList(columns) + ") to stdout", out));
				}
			}
			Files.writeString(folder.resolve(TABLES), tables, StandardCharsets.UTF_8);
			Files.writeString(folder.resolve(SEQUENCES), sequences(connection), StandardCharsets.UTF_8);
			connection.commit();
			return rows;
		}
		catch (IOException e) {
			connection.rollback();
			throw new UncheckedIOException(e);
		}
		finally {
			connection.setReadOnly(false);
		}
	}

	/**
	 * Replaces every table's rows by the backup's, in one transaction on the owner's connection:
	 * the owner switches the tables' own triggers off meanwhile (the audit trail's refuse a
	 * truncate), and the tables are filled parents first, so that every foreign key is checked.
	 */
	static void restore(Connection owner, Path folder) throws SQLException {
		Map<String, List<String>> backedUp = readTables(folder);
		owner.setAutoCommit(false);
		try (Statement statement = owner.createStatement()) {
			List<String> present = tables(owner);
			if (!new LinkedHashSet<>(present).equals(backedUp.keySet())) {
				throw new BackupRefused("backup.refused.tables");
			}
			List<String> ordered = parentsFirst(owner, present);
			for (String table : ordered) {
				statement.execute("alter table " + quoted(table) + " disable trigger user");
			}
			statement.execute("truncate table " + String.join(", ", ordered.stream().map(DatabaseCopy::quoted).toList()));
			CopyManager copy = owner.unwrap(PGConnection.class).getCopyAPI();
			for (String table : ordered) {
				try (InputStream in = Files.newInputStream(folder.resolve("db").resolve(table + ".copy"))) {
					copy.copyIn("copy " + quoted(table) + " (" + quotedList(backedUp.get(table)) + ") from stdin", in);
				}
			}
			restoreSequences(owner, folder);
			for (String table : ordered) {
				statement.execute("alter table " + quoted(table) + " enable trigger user");
			}
			owner.commit();
		}
		catch (IOException e) {
			owner.rollback();
			throw new UncheckedIOException(e);
		}
		catch (SQLException | RuntimeException e) {
			owner.rollback();
			throw e;
		}
	}

	/** Whether the database holds nothing yet that a restore would overwrite: no audit record. */
	static boolean fresh(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(
						"select to_regclass('audit_record') is null or not exists (select 1 from audit_record)")) {
			rows.next();
			return rows.getBoolean(1);
		}
	}

	/** The migrations applied to the database, as Flyway recorded them. */
	static List<String> schemaVersions(Connection connection) throws SQLException {
		List<String> versions = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select version from " + HISTORY
						+ " where success and version is not null order by installed_rank")) {
			while (rows.next()) {
				versions.add(rows.getString(1));
			}
		}
		return versions;
	}

	/** The schema's tables but Flyway's history. */
	static List<String> tablesOf(Connection connection) throws SQLException {
		return tables(connection);
	}

	private static List<String> tables(Connection connection) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("""
						select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
						where n.nspname = current_schema() and c.relkind = 'r' and c.relname <> '%s'
						order by c.relname""".formatted(HISTORY))) {
			while (rows.next()) {
				tables.add(plain(rows.getString(1)));
			}
		}
		return tables;
	}

	private static List<String> columns(Connection connection, String table) throws SQLException {
		List<String> columns = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement("""
				select attname from pg_attribute where attrelid = ?::regclass and attnum > 0
				and not attisdropped and attgenerated = '' order by attnum""")) {
			statement.setString(1, quoted(table));
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					columns.add(plain(rows.getString(1)));
				}
			}
		}
		return columns;
	}

	/** Tables ordered so that each comes after those its foreign keys point to. */
	private static List<String> parentsFirst(Connection connection, List<String> tables) throws SQLException {
		Map<String, Set<String>> parents = new LinkedHashMap<>();
		tables.forEach(table -> parents.put(table, new LinkedHashSet<>()));
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("""
						select c.relname, p.relname from pg_constraint k
						join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
						join pg_namespace n on n.oid = c.relnamespace
						where k.contype = 'f' and n.nspname = current_schema()""")) {
			while (rows.next()) {
				String child = rows.getString(1);
				String parent = rows.getString(2);
				if (!child.equals(parent) && parents.containsKey(child)) {
					parents.get(child).add(parent);
				}
			}
		}
		List<String> ordered = new ArrayList<>();
		Set<String> placed = new LinkedHashSet<>();
		while (ordered.size() < tables.size()) {
			boolean progress = false;
			for (String table : tables) {
				if (!placed.contains(table) && placed.containsAll(parents.get(table))) {
					ordered.add(table);
					placed.add(table);
					progress = true;
				}
			}
			if (!progress) {
				throw new IllegalStateException("Foreign keys form a cycle between tables: "
						+ tables.stream().filter(table -> !placed.contains(table)).toList());
			}
		}
		return ordered;
	}

	private static String sequences(Connection connection) throws SQLException {
		StringBuilder text = new StringBuilder();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("""
						select sequencename, start_value, last_value from pg_sequences
						where schemaname = current_schema() order by sequencename""")) {
			while (rows.next()) {
				String last = rows.getString(3);
				text.append(plain(rows.getString(1))).append('\t').append(rows.getLong(2)).append('\t')
					.append(last == null ? "" : last).append('\n');
			}
		}
		return text.toString();
	}

	private static void restoreSequences(Connection owner, Path folder) throws SQLException, IOException {
		try (PreparedStatement statement = owner.prepareStatement("select setval(?::regclass, ?, ?)")) {
			for (String line : Files.readAllLines(folder.resolve(SEQUENCES), StandardCharsets.UTF_8)) {
				if (line.isBlank()) {
					continue;
				}
				String[] fields = line.split("\t", -1);
				boolean called = !fields[2].isEmpty();
				statement.setString(1, quoted(plain(fields[0])));
				statement.setLong(2, Long.parseLong(called ? fields[2] : fields[1]));
				statement.setBoolean(3, called);
				statement.execute();
			}
		}
	}

	private static Map<String, List<String>> readTables(Path folder) {
		Map<String, List<String>> tables = new LinkedHashMap<>();
		try {
			for (String line : Files.readAllLines(folder.resolve(TABLES), StandardCharsets.UTF_8)) {
				if (!line.isBlank()) {
					String[] fields = line.split("\t", 2);
					tables.put(plain(fields[0]), List.of(fields[1].split(",")).stream().map(DatabaseCopy::plain).toList());
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return tables;
	}

	/** A name as the schema spells it; anything else is refused, since names become file names and SQL. */
	private static String plain(String name) {
		if (!name.matches("[a-z_][a-z0-9_$]{0,62}")) {
			throw new IllegalStateException("Not a plain table, column or sequence name: " + name);
		}
		return name;
	}

	private static String quoted(String name) {
		return "\"" + name + "\"";
	}

	private static String quotedList(List<String> names) {
		return String.join(", ", names.stream().map(DatabaseCopy::quoted).toList());
	}
}
