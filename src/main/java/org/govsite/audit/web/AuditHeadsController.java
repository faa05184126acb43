package org.govsite.audit.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.govsite.audit.AuditContext;
import org.govsite.audit.AuditManagement;
import org.govsite.audit.Audited;
import org.govsite.audit.ChainVerification;
import org.govsite.audit.HeadSigningKey;
import org.govsite.audit.HeadVerification;
import org.govsite.audit.SignedHead;
import org.govsite.platform.BackOffice;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Signed chain heads in the console: the audit administrator signs the head on demand, downloads
 * every signed head to keep outside the server, and uploads what they kept to check the trail
 * against it. A trail changed and recomputed with the chain key passes the plain check, not this one.
 */
@Controller
@BackOffice
@RequestMapping("/admin/audit/heads")
@PreAuthorize("hasRole('AUDIT_ADMIN')")
class AuditHeadsController {

	static final int SHOWN = 20;

	/** An exported file of years of hourly heads stays well below this. */
	static final long MAX_UPLOAD = 8L * 1024 * 1024;

	private final AuditManagement audit;

	private final VerificationText verificationText;

	AuditHeadsController(AuditManagement audit, VerificationText verificationText) {
		this.audit = audit;
		this.verificationText = verificationText;
	}

	@GetMapping
	@Audited(value = "audit.read", objectType = "audit-trail")
	String heads(Model model) {
		AuditContext.detail("链头");
		model.addAttribute("heads", audit.signedHeads(SHOWN));
		HeadSigningKey key = audit.headKey();
		model.addAttribute("keyId", key.id());
		model.addAttribute("publicKey", key.publicKey());
		return "audit/heads";
	}

	@PostMapping
	@Audited(value = "audit.head.sign", objectType = "audit-trail")
	String sign(RedirectAttributes redirect) {
		SignedHead head = audit.signHead();
		AuditContext.detail("seq " + head.seq());
		redirect.addFlashAttribute("signed", head);
		return "redirect:/admin/audit/heads";
	}

	@GetMapping("/export")
	@Audited(value = "audit.head.export", objectType = "audit-trail")
	ResponseEntity<String> export() {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("audit-heads.txt").build().toString())
			.body(audit.exportedHeads());
	}

	@PostMapping("/verification")
	@Audited(value = "audit.head.verify", objectType = "audit-trail")
	String verify(@RequestParam(required = false) @Nullable MultipartFile file, @RequestParam(required = false) @Nullable String heads,
			Model model) throws IOException {
		List<String> lines = new ArrayList<>();
		if (file != null && !file.isEmpty() && file.getSize() <= MAX_UPLOAD) {
			lines.addAll(new String(file.getBytes(), StandardCharsets.UTF_8).lines().toList());
		}
		if (heads != null) {
			lines.addAll(heads.lines().toList());
		}
		HeadVerification headVerification = audit.verifyAgainst(lines);
		ChainVerification verification = audit.verify();
		String headText = verificationText.describe(headVerification);
		String text = verificationText.describe(verification);
		AuditContext.detail(headText + " " + text);
		model.addAttribute("headVerification", headVerification);
		model.addAttribute("headVerificationText", headText);
		model.addAttribute("verification", verification);
		model.addAttribute("verificationText", text);
		return "audit/head-verification";
	}
}
