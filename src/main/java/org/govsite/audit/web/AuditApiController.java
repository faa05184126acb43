package org.govsite.audit.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.govsite.audit.AuditContext;
import org.govsite.audit.AuditManagement;
import org.govsite.audit.AuditOutcome;
import org.govsite.audit.AuditQuery;
import org.govsite.audit.AuditRecordPage;
import org.govsite.audit.Audited;
import org.govsite.audit.ChainVerification;
import org.govsite.audit.HeadVerification;
import org.govsite.audit.SignedHead;
import org.govsite.platform.BackOffice;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail through the API, for the audit administrator only; each call is itself recorded. */
@RestController
@BackOffice
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasRole('AUDIT_ADMIN')")
@Tag(name = "审计日志", description = "查阅审计记录并校验其哈希链；仅审计管理员可用，每次查阅和校验本身也记入审计日志。")
class AuditApiController {

	private final AuditManagement audit;

	private final VerificationText verificationText;

	AuditApiController(AuditManagement audit, VerificationText verificationText) {
		this.audit = audit;
		this.verificationText = verificationText;
	}

	@GetMapping("/records")
	@Audited(value = "audit.read", objectType = "audit-trail")
	@Operation(summary = "按条件查阅审计记录，最新的在前")
	AuditRecordPage records(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String objectType,
			@RequestParam(required = false) @Nullable String objectId,
			@RequestParam(required = false) @Nullable AuditOutcome outcome,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		AuditFilterForm filter = new AuditFilterForm();
		filter.setActor(actor);
		filter.setAction(action);
		filter.setObjectType(objectType);
		filter.setObjectId(objectId);
		filter.setOutcome(outcome);
		filter.setFrom(from);
		filter.setTo(to);
		AuditContext.detail(filter.describe());
		AuditQuery query = filter.toQuery();
		return audit.search(query, page, size);
	}

	@GetMapping("/verification")
	@Audited(value = "audit.verify", objectType = "audit-trail")
	@Operation(summary = "校验审计日志的哈希链，指出第一条不再相符的记录")
	VerificationResult verification() {
		ChainVerification verification = audit.verify();
		String text = verificationText.describe(verification);
		AuditContext.detail(text);
		return new VerificationResult(verification.isIntact(), verification.checkedRecords(), verification.headSeq(),
				verification.firstBadSeq(), verification.problem(), text);
	}

	@GetMapping(path = "/heads", produces = MediaType.TEXT_PLAIN_VALUE)
	@Audited(value = "audit.head.export", objectType = "audit-trail")
	@Operation(summary = "导出全部已签发的链头（每行一个，SM2 签名），由审计管理员保存在服务器之外")
	String heads() {
		return audit.exportedHeads();
	}

	@PostMapping("/heads")
	@Audited(value = "audit.head.sign", objectType = "audit-trail")
	@Operation(summary = "立即签发当前链头")
	SignedHeadResult sign() {
		SignedHead head = audit.signHead();
		AuditContext.detail("seq " + head.seq());
		return new SignedHeadResult(head.seq(), head.hash(), head.signedAt().toString(), head.keyId(), head.line());
	}

	@PostMapping(path = "/head-verification", consumes = MediaType.TEXT_PLAIN_VALUE)
	@Audited(value = "audit.head.verify", objectType = "audit-trail")
	@Operation(summary = "用审计管理员保存的链头核对审计日志，指出第一个不再相符的链头")
	HeadVerificationResult headVerification(@RequestBody String heads) {
		HeadVerification verification = audit.verifyAgainst(heads.lines().toList());
		String text = verificationText.describe(verification);
		AuditContext.detail(text);
		SignedHead bad = verification.firstBad();
		return new HeadVerificationResult(verification.isIntact(), verification.headsChecked(), verification.firstBadLine(),
				bad == null ? null : bad.seq(), verification.problem(), text);
	}

	/**
	 * A signed chain head.
	 *
	 * @param seq the newest record's seq when signed
	 * @param hash its hash
	 * @param signedAt when
	 * @param keyId the signing key's id
	 * @param line the line to keep, as the export has it
	 */
	record SignedHeadResult(long seq, String hash, String signedAt, String keyId, String line) {
	}

	/**
	 * The trail checked against kept heads.
	 *
	 * @param intact whether every head matches
	 * @param headsChecked how many matched before the first that does not
	 * @param firstBadLine the line of the first head that does not match, or {@code null}
	 * @param firstBadSeq that head's seq, or {@code null}
	 * @param problem what is wrong, or {@code null}
	 * @param message the same in Chinese
	 */
	record HeadVerificationResult(boolean intact, int headsChecked, @Nullable Integer firstBadLine, @Nullable Long firstBadSeq,
			HeadVerification.@Nullable Problem problem, String message) {
	}

	/**
	 * What a verification found.
	 *
	 * @param intact whether every record matches
	 * @param checkedRecords how many records were found intact before the first bad one
	 * @param headSeq the newest record's seq according to the chain head
	 * @param firstBadSeq the first record that no longer matches, or {@code null}
	 * @param problem what is wrong with it, or {@code null}
	 * @param message the same in Chinese
	 */
	record VerificationResult(boolean intact, long checkedRecords, long headSeq, @Nullable Long firstBadSeq,
			ChainVerification.@Nullable Problem problem, String message) {
	}
}
