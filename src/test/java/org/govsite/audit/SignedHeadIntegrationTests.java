package org.govsite.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.govsite.audit.internal.AsOwner;
import org.govsite.audit.internal.ChainHasher;
import org.govsite.audit.internal.HeadSigner;
import org.govsite.platform.GovSiteProperties;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone who holds the chain key and can write the table as its owner changes a record and
 * recomputes the chain: the plain verification then finds nothing, but a head signed before the
 * change, which the audit administrator kept outside the server, no longer matches. Tampering
 * happens in a transaction that is rolled back.
 */
@IntegrationTest
@WithMockUser(username = "auditor", roles = "AUDIT_ADMIN")
class SignedHeadIntegrationTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditManagement audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ChainHasher hasher;

	@Autowired
	HeadSigner signer;

	@Autowired
	GovSiteProperties properties;

	@Test
	void aChainRecomputedWithTheKeyPassesThePlainCheckButNotAKeptHead() {
		String actor = "resign-" + UUID.randomUUID();
		for (int i = 1; i <= 3; i++) {
			trail.record(new AuditEntry(actor, "test-audit.step", null, null, true, null, "第 " + i + " 步"));
		}
		SignedHead kept = audit.signHead();
		long altered = new StoredRecords(jdbc).byActor(actor).get(1).seq();

		record Outcome(ChainVerification plain, HeadVerification againstKept) {
		}
		Outcome outcome = AsOwner.inRolledBackTransaction(owner -> {
			owner.sql("alter table audit_record disable trigger audit_record_append_only").update();
			owner.sql("alter table audit_chain_head disable trigger audit_chain_head_forward_only").update();
			owner.sql("update audit_record set detail = '从未发生' where seq = ?").param(altered).update();
			AsOwner.recomputeChain(owner, hasher, altered);
			return new Outcome(AsOwner.chainVerifier(owner, hasher).verify(),
					AsOwner.headCheck(owner, signer).check(List.of(kept.line())));
		});

		assertThat(outcome.plain().isIntact()).as("the recomputed chain on its own: %s", outcome.plain()).isTrue();
		assertThat(outcome.againstKept().problem()).isEqualTo(HeadVerification.Problem.MISMATCH);
		assertThat(outcome.againstKept().firstBad()).isEqualTo(kept);
		assertThat(audit.verifyAgainst(List.of(kept.line())).isIntact()).as("rolled back").isTrue();
	}

	@Test
	void aSignedHeadIsExportedOutsideTheDatabaseAndListed() throws Exception {
		SignedHead head = audit.signHead();
		Path file = properties.dataPath("audit-heads").resolve("audit-heads.txt");
		assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).contains(head.line());
		assertThat(audit.exportedHeads().lines()).contains(head.line());
		assertThat(audit.signedHeads(5)).contains(head);
		assertThat(audit.verifyAgainst(audit.exportedHeads().lines().toList()).isIntact()).isTrue();
	}
}
