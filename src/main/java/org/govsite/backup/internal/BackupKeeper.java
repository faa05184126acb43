package org.govsite.backup.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.govsite.backup.BackupSet;
import org.govsite.platform.GovSiteProperties;
import org.govsite.platform.NotFound;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Takes, verifies and prunes the backup sets. A set is written into a hidden folder and moved to
 * its name once its manifest is written, so that a set under its own name is always complete.
 * Sets are folders, not zip files: each file can be checked, copied elsewhere (rsync) and
 * restored as it is, a damaged file spoils only itself, and nothing has to be unpacked with the
 * limits an archive from outside would need.
 */
@Component
public class BackupKeeper {

	private static final Logger log = LoggerFactory.getLogger(BackupKeeper.class);

	private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'govsite-'yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

	private final BackupProperties properties;

	private final GovSiteProperties platform;

	private final DataSource dataSource;

	private final Environment environment;

	private final BackupRuns runs;

	private final Clock clock;

	BackupKeeper(BackupProperties properties, GovSiteProperties platform, DataSource dataSource, Environment environment,
			BackupRuns runs, Clock clock) {
		this.properties = properties;
		this.platform = platform;
		this.dataSource = dataSource;
		this.environment = environment;
		this.runs = runs;
		this.clock = clock;
	}

	public Path directory() {
		return properties.dir() == null ? platform.dataPath("backups") : properties.dir().toAbsolutePath().normalize();
	}

	/** Takes a set now, then deletes what retention no longer keeps; answers the set. */
	public BackupSet take() {
		Instant started = clock.instant();
		long startedNanos = System.nanoTime();
		String name = uniqueName(started);
		runs.started(name, started);
		Path partial = directory().resolve("." + name + ".partial");
		try {
			Files.createDirectories(partial);
			List<String> schema;
			try (Connection connection = dataSource.getConnection()) {
				schema = DatabaseCopy.schemaVersions(connection);
				if (properties.databaseMethod().equals("pg-dump")) {
					Files.createDirectories(partial.resolve("db"));
					PgDump dump = PgDump.of(environment, false);
					dump.checked(dump.pgDump(), connection);
					dump.run(dump.dumpCommand(partial.resolve(PgDump.FILE)), partial.resolve("db/pg_dump.log"));
				}
				else {
					DatabaseCopy.dump(connection, partial);
				}
			}
			new SetInfo(started, properties.databaseMethod(), schema).write(partial);
			FileSets.copyIn(platform.dataDir().toAbsolutePath().normalize(), partial);
			Manifest manifest = Manifest.of(partial);
			String manifestSha = manifest.write(partial);
			Path done = directory().resolve(name);
			Files.move(partial, done, StandardCopyOption.ATOMIC_MOVE);
			long bytes = size(done);
			runs.finished(name, clock.instant(), bytes, manifest.hashes().size(), manifestSha, properties.databaseMethod());
			log.info("Backup set {} taken: {} bytes in {} files, {} ms ({})", name, bytes, manifest.hashes().size(),
					(System.nanoTime() - startedNanos) / 1_000_000, properties.databaseMethod());
			prune();
			return runs.find(name).orElseThrow();
		}
		catch (IOException | SQLException | RuntimeException e) {
			runs.failed(name, describe(e));
			FileSets.deleteTree(partial);
			throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException("The backup " + name + " failed", e);
		}
	}

	/** Checks a set's files against its manifest, and the manifest against its recorded checksum. */
	public BackupSet verify(String name) {
		BackupSet set = runs.find(name).filter(found -> found.ok() && !found.deleted()).orElseThrow(() -> new NotFound("backup", name));
		Path folder = directory().resolve(name);
		@Nullable String problem = null;
		try {
			Restore.checkIntact(folder);
			if (!Manifest.sha256(folder.resolve(Manifest.FILE)).equals(set.manifestSha256())) {
				problem = "changed: " + Manifest.FILE;
			}
		}
		catch (BackupRefused refused) {
			problem = refused.arguments().length == 0 ? refused.code() : String.valueOf(refused.arguments()[0]);
		}
		runs.verified(name, clock.instant(), problem == null, problem);
		return runs.find(name).orElseThrow();
	}

	public List<BackupSet> recent(int limit) {
		return runs.recent(limit);
	}

	/** Deletes the sets retention no longer keeps, and the leftovers of sets that failed. */
	void prune() {
		List<BackupSet> kept = runs.kept();
		List<Retention.Taken> taken = kept.stream()
			.filter(set -> !set.running())
			.map(set -> new Retention.Taken(set.name(), set.startedAt(), set.good()))
			.toList();
		for (String name : Retention.toDelete(taken, properties.keepDays(), platform.zone())) {
			FileSets.deleteTree(directory().resolve(name));
			runs.deleted(name, clock.instant());
			log.info("Backup set {} deleted by retention (keep {} days)", name, properties.keepDays());
		}
	}

	/** A failure as the console and the audit trail show it: a refusal in Chinese, anything else as it came. */
	static String describe(Exception failure) {
		return failure instanceof BackupRefused refused ? RestoreText.of(refused) : String.valueOf(failure.getMessage());
	}

	private String uniqueName(Instant at) {
		String name = NAME.format(at);
		int suffix = 1;
		while (runs.find(name).isPresent()) {
			name = NAME.format(at) + "-" + ++suffix;
		}
		return name;
	}

	private static long size(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).mapToLong(file -> {
				try {
					return Files.size(file);
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}).sum();
		}
	}
}
