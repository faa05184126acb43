package org.govsite.audit.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.govsite.audit.HeadVerification;
import org.govsite.audit.SignedHead;
import org.govsite.platform.GovSiteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Signs the chain head at intervals (when the trail has grown) and on demand, keeps each signed
 * head in the database for the console and appends it to {@code <data-dir>/audit-heads/audit-heads.txt},
 * outside the database. The audit administrator downloads them and keeps them apart from the server.
 */
@Component
public class SignedHeads {

	private static final Logger log = LoggerFactory.getLogger(SignedHeads.class);

	static final String FILE_NAME = "audit-heads.txt";

	private final AuditRecords records;

	private final HeadSigner signer;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Path file;

	SignedHeads(AuditRecords records, HeadSigner signer, JdbcClient jdbc, Clock clock, GovSiteProperties properties) {
		this.records = records;
		this.signer = signer;
		this.jdbc = jdbc;
		this.clock = clock;
		this.file = properties.dataPath("audit-heads").resolve(FILE_NAME);
	}

	/** Signs the head as it is now, keeps and exports it. */
	public SignedHead sign() {
		AuditRecords.Head head = records.head();
		SignedHead unsigned = new SignedHead(head.seq(), head.hash(), clock.instant().truncatedTo(ChronoUnit.MICROS),
				signer.keyId(), "");
		SignedHead signed = new SignedHead(unsigned.seq(), unsigned.hash(), unsigned.signedAt(), unsigned.keyId(),
				signer.sign(unsigned.signedContent()));
		jdbc.sql("insert into audit_signed_head (seq, hash, signed_at, key_id, signature) values (?, ?, ?, ?, ?)")
			.params(signed.seq(), signed.hash(), signed.signedAt().atOffset(ZoneOffset.UTC), signed.keyId(), signed.signature())
			.update();
		export(signed);
		return signed;
	}

	/**
	 * At intervals: a head is signed when records were added since the last one.
	 * <p>
	 * On Spring's {@code @Scheduled}, not a {@code jobs} {@code RecurringJob}, on purpose: audit is
	 * below jobs in the module graph (jobs writes its console actions to the audit trail), so audit
	 * cannot declare a job without a cycle, and declaring it in jobs would make the job facility know
	 * audit's business. The cost: it is not on the jobs page, and each admin node runs it, so two
	 * nodes may now and then sign the same head (a second row, equally valid). See
	 * docs/adr/0001-background-jobs.md.
	 */
	@Scheduled(fixedDelayString = "${govsite.audit.head-interval:1h}", initialDelayString = "${govsite.audit.head-interval:1h}")
	void signWhenGrown() {
		long lastSigned = jdbc.sql("select coalesce(max(seq), -1) from audit_signed_head").query(Long.class).single();
		if (records.head().seq() > lastSigned) {
			sign();
		}
	}

	/** The newest signed heads first. */
	public List<SignedHead> newest(int limit) {
		return jdbc.sql("select seq, hash, signed_at, key_id, signature from audit_signed_head order by signed_at desc, seq desc limit ?")
			.param(limit)
			.query((rs, row) -> new SignedHead(rs.getLong("seq"), rs.getString("hash"),
					rs.getObject("signed_at", OffsetDateTime.class).toInstant(), rs.getString("key_id"), rs.getString("signature")))
			.list();
	}

	/** Every signed head as the lines of an export file, oldest first. */
	public String exportText() {
		StringBuilder text = new StringBuilder(header());
		jdbc.sql("select seq, hash, signed_at, key_id, signature from audit_signed_head order by signed_at, seq")
			.query((rs, row) -> new SignedHead(rs.getLong("seq"), rs.getString("hash"),
					rs.getObject("signed_at", OffsetDateTime.class).toInstant(), rs.getString("key_id"), rs.getString("signature")))
			.list()
			.forEach(head -> text.append(head.line()).append('\n'));
		return text.toString();
	}

	/** Checks heads the administrator kept against the stored trail. */
	public HeadVerification check(List<String> lines) {
		return new HeadCheck(signer, records::hashAt).check(lines);
	}

	public String keyId() {
		return signer.keyId();
	}

	public String publicKey() {
		return signer.publicKeyHex();
	}

	private String header() {
		return "# GovSite audit chain heads, signed with SM2 (SM3), key " + signer.keyId() + "\n# public key " + signer.publicKeyHex() + "\n";
	}

	private void export(SignedHead head) {
		try {
			Files.createDirectories(file.getParent());
			boolean first = !Files.exists(file);
			Files.writeString(file, (first ? header() : "") + head.line() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND, StandardOpenOption.WRITE);
		}
		catch (IOException e) {
			// the signed head is in the database and in the console; the file is a convenience copy
			log.warn("Could not append the signed audit chain head to {}", file, e);
		}
	}
}
