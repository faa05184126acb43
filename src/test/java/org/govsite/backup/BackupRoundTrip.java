package org.govsite.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.govsite.GovSiteApplication;
import org.govsite.audit.AuditEntry;
import org.govsite.audit.AuditManagement;
import org.govsite.audit.AuditTrail;
import org.govsite.audit.ChainVerification;
import org.govsite.content.ContentFixtures;
import org.govsite.content.ContentFixtures.Staff;
import org.govsite.identity.Grant;
import org.govsite.identity.IdentityManagement;
import org.govsite.identity.NewAccount;
import org.govsite.identity.StaffRole;
import org.govsite.platform.GovSiteProperties;
import org.govsite.platform.RunAs;
import org.govsite.test.TestDatabase;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Backup, then restore into a fresh install (a new, empty database on the test server and an
 * empty data folder, started as the application with {@code --govsite.backup.restore-from}), and
 * the proof that nothing was lost: documents, accounts and the audit trail row for row the same,
 * the audit chain still verifying (with the restore's own record appended), the published and
 * uploaded files identical by hash. Shared by the backup methods' tests; {@link #close()} stops
 * the restored install and drops its database and folder.
 */
public final class BackupRoundTrip implements AutoCloseable {

	/** Tables compared row for row: documents, their versions and placements, sites, accounts and their roles. */
	private static final List<String> TABLES = List.of("content_document", "content_version", "site", "staff_account", "role_grant");

	private final ContentFixtures content;

	private final IdentityManagement identity;

	private final AuditTrail audit;

	private final GovSiteProperties platform;

	private ConfigurableApplicationContext restored;

	private TestDatabase.Connection.Details fresh;

	private Path freshData;

	public BackupRoundTrip(ContentFixtures content, IdentityManagement identity, AuditTrail audit, GovSiteProperties platform) {
		this.content = content;
		this.identity = identity;
		this.audit = audit;
		this.platform = platform;
	}

	/**
	 * Writes a document, an account, an audit record, a published page and an upload; takes a set
	 * with {@code take}, checks it with {@code verify}; restores it into a fresh install started
	 * with the extra arguments, and compares.
	 */
	public void losesNothing(Supplier<BackupSet> take, Function<String, BackupSet> verify, Path setsFolder, String... arguments)
			throws Exception {
		long site = content.portal();
		long channel = content.channel(site, ContentFixtures.unique("bk"));
		Staff editor = ContentFixtures.editor(site);
		content.published(editor, ContentFixtures.reviewer(site), site, channel, "备份前发布的文件");
		String username = "backup-" + UUID.randomUUID().toString().substring(0, 8);
		RunAs.actor("test-security", () -> identity.openWithInitialPassword(new NewAccount(username, "备份测试人员", null, null),
				Set.of(Grant.site(StaffRole.EDITOR, site))), StaffRole.SECURITY_ADMIN.authority(), StaffRole.STAFF_AUTHORITY);
		audit.record(new AuditEntry("test", "backup.test", "site", String.valueOf(site), true, "127.0.0.1", "备份之前"));
		Path page = platform.dataPath("publish").resolve("backup-test/index.html");
		Files.createDirectories(page.getParent());
		Files.writeString(page, "<p>已发布的页面 " + UUID.randomUUID() + "</p>");
		Path upload = platform.dataPath("uploads").resolve("backup-test/附件.pdf");
		Files.createDirectories(upload.getParent());
		Files.write(upload, UUID.randomUUID().toString().getBytes());

		TestDatabase.Connection.Details source = TestDatabase.connection();
		Map<String, String> before = fingerprints(source, Long.MAX_VALUE);
		long auditRecords = count(source, "audit_record");
		BackupSet set = take.get();
		assertThat(fingerprints(source, Long.MAX_VALUE)).as("nothing changed while the backup ran").isEqualTo(before);
		assertThat(set.ok()).as("%s", set.error()).isTrue();
		assertThat(set.manifestSha256()).hasSize(64);
		assertThat(verify.apply(set.name()).verifiedOk()).isTrue();

		fresh = TestDatabase.separate("restore" + UUID.randomUUID().toString().replace("-", "").substring(0, 8));
		freshData = Files.createTempDirectory("govsite-restore");
		List<String> start = new java.util.ArrayList<>(List.of("--govsite.role=admin", "--server.address=127.0.0.1",
				"--server.port=0", "--govsite.data-dir=" + freshData, "--spring.datasource.url=" + fresh.url(),
				"--spring.datasource.username=" + TestDatabase.application().user(),
				"--spring.datasource.password=" + TestDatabase.application().password(),
				"--govsite.database.owner-user=" + fresh.user(), "--govsite.database.owner-password=" + fresh.password(),
				"--govsite.backup.restore-from=" + setsFolder.resolve(set.name()), "--logging.level.root=WARN"));
		start.addAll(List.of(arguments));
		restored = new SpringApplicationBuilder(GovSiteApplication.class).run(start.toArray(String[]::new));

		assertThat(fingerprints(fresh, Long.MAX_VALUE)).isEqualTo(before);
		assertThat(fingerprints(fresh, auditRecords).get("audit_record")).isEqualTo(auditFingerprint(source));
		ChainVerification chain = RunAs.actor("test-audit", restored.getBean(AuditManagement.class)::verify,
				StaffRole.AUDIT_ADMIN.authority());
		assertThat(chain.isIntact()).as("%s", chain).isTrue();
		// the restore itself is the next record of the same chain
		assertThat(chain.checkedRecords()).isGreaterThan(auditRecords);
		assertThat(hashes(freshData.resolve("publish"))).isEqualTo(hashes(platform.dataPath("publish"))).isNotEmpty();
		assertThat(hashes(freshData.resolve("uploads"))).isEqualTo(hashes(platform.dataPath("uploads"))).isNotEmpty();
	}

	@Override
	public void close() throws IOException, SQLException {
		if (restored != null) {
			restored.close();
		}
		if (fresh != null) {
			TestDatabase.Connection.Details main = TestDatabase.connection();
			String database = fresh.url().replaceAll("^.*/([^/?]+)(\\?.*)?$", "$1");
			try (Connection connection = DriverManager.getConnection(main.url(), main.user(), main.password());
					Statement statement = connection.createStatement()) {
				statement.execute("drop database if exists " + database + " with (force)");
			}
		}
		if (freshData != null) {
			try (Stream<Path> files = Files.walk(freshData)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	private static Map<String, String> fingerprints(TestDatabase.Connection.Details db, long auditUpTo) throws SQLException {
		Map<String, String> prints = new LinkedHashMap<>();
		try (Connection connection = DriverManager.getConnection(db.url(), db.user(), db.password());
				Statement statement = connection.createStatement()) {
			for (String table : TABLES) {
				prints.put(table, fingerprint(statement, "select t::text as r from " + table + " t"));
			}
			if (auditUpTo != Long.MAX_VALUE) {
				prints.put("audit_record", fingerprint(statement, "select t::text as r from audit_record t where seq <= " + auditUpTo));
			}
		}
		return prints;
	}

	private static String auditFingerprint(TestDatabase.Connection.Details db) throws SQLException {
		try (Connection connection = DriverManager.getConnection(db.url(), db.user(), db.password());
				Statement statement = connection.createStatement()) {
			return fingerprint(statement, "select t::text as r from audit_record t");
		}
	}

	/** The rows' count and the MD5 of all of them in text form, in a fixed order. */
	private static String fingerprint(Statement statement, String rows) throws SQLException {
		try (ResultSet result = statement.executeQuery(
				"select count(*) || ' ' || md5(coalesce(string_agg(r, E'\\n' order by r), '')) from (" + rows + ") x")) {
			result.next();
			return result.getString(1);
		}
	}

	private static long count(TestDatabase.Connection.Details db, String table) throws SQLException {
		try (Connection connection = DriverManager.getConnection(db.url(), db.user(), db.password());
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select count(*) from " + table)) {
			result.next();
			return result.getLong(1);
		}
	}

	private static Map<String, String> hashes(Path root) throws IOException {
		Map<String, String> hashes = new TreeMap<>();
		if (!Files.isDirectory(root)) {
			return hashes;
		}
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				hashes.put(root.relativize(file).toString(), sha256(file));
			}
		}
		return hashes;
	}

	private static String sha256(Path file) throws IOException {
		try {
			return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
