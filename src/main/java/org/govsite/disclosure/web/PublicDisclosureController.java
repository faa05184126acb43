package org.govsite.disclosure.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.govsite.disclosure.DisclosureRequests;
import org.govsite.disclosure.LetterFormat;
import org.govsite.disclosure.PublicStatus;
import org.govsite.disclosure.Submitted;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public face of 依申请公开 (role public and all, no sign-in): apply online, and follow the
 * application with its query code. The query code travels in the body, never in a URL that logs keep.
 */
@RestController
@RequestMapping("/api/public/disclosure")
@Tag(name = "依申请公开（公开）", description = "在线提交政府信息公开申请，凭查询码查询办理进度和答复，无需登录")
class PublicDisclosureController {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	static final String PDF = "application/pdf";

	private final DisclosureRequests requests;

	private final PublicLimits limits;

	PublicDisclosureController(DisclosureRequests requests, PublicLimits limits) {
		this.requests = requests;
		this.limits = limits;
	}

	/** What the applicant is told: the number and the query code, shown once. */
	record Receipt(String number, String queryCode, LocalDate receivedOn, LocalDate dueOn) {
	}

	record Query(@Nullable String queryCode) {
	}

	@PostMapping("/applications")
	@Operation(summary = "提交政府信息公开申请", description = "applicantType 为 NATURAL_PERSON（自然人，identityNumber 为身份证号码）"
			+ "或 LEGAL_PERSON（法人或其他组织，identityNumber 为统一社会信用代码，legalPersonKind 为 COMMERCIAL、RESEARCH、"
			+ "PUBLIC_WELFARE、LEGAL_SERVICE 或 OTHER，须填 contactPerson）；delivery 为 POST、EMAIL、PICK_UP 或 ONLINE。"
			+ "成功返回申请编号和查询码（只显示这一次）。内容有误时返回 400，不保存任何内容。")
	ResponseEntity<Receipt> apply(@RequestBody ApplicationForm form, HttpServletRequest request) {
		if (!limits.mayApply(request.getRemoteAddr())) {
			throw new TooManyRequests();
		}
		Submitted submitted = requests.apply(form.toApplication());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new Receipt(submitted.number(), submitted.queryCode(), submitted.receivedOn(), submitted.dueOn()));
	}

	@PostMapping("/queries")
	@Operation(summary = "凭查询码查询申请", description = "返回办理状态、答复期限、补正要求和答复内容。")
	PublicStatus query(@RequestBody Query query, HttpServletRequest request) {
		return requests.status(code(query, request)).orElseThrow(UnknownQueryCode::new);
	}

	@PostMapping(path = "/queries/letter", produces = DOCX)
	@Operation(summary = "下载答复书", description = "凭查询码下载答复书（docx）；尚未答复时返回 404。")
	ResponseEntity<byte[]> letter(@RequestBody Query query, HttpServletRequest request) {
		return letter(query, request, LetterFormat.DOCX);
	}

	@PostMapping(path = "/queries/letter", produces = PDF)
	@Operation(summary = "下载答复书（PDF）", description = "凭查询码下载答复书（PDF，请求头 Accept: application/pdf）；尚未答复时返回 404。")
	ResponseEntity<byte[]> letterPdf(@RequestBody Query query, HttpServletRequest request) {
		return letter(query, request, LetterFormat.PDF);
	}

	private ResponseEntity<byte[]> letter(Query query, HttpServletRequest request, LetterFormat format) {
		byte[] letter = requests.letterFor(code(query, request), format).orElseThrow(UnknownQueryCode::new);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(format.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"reply." + format.extension() + "\"")
			.body(letter);
	}

	private String code(Query query, HttpServletRequest request) {
		if (!limits.mayQuery(request.getRemoteAddr())) {
			throw new TooManyRequests();
		}
		String code = query.queryCode() == null ? "" : query.queryCode();
		if (code.length() > MAX_QUERY_CODE) {
			throw new MalformedQueryCode();
		}
		return code;
	}

	/** Far longer than any code handed out (12 characters, typed with spaces or dashes): not a code at all. */
	static final int MAX_QUERY_CODE = 64;

	static class MalformedQueryCode extends RuntimeException {
	}

	static class TooManyRequests extends RuntimeException {
	}

	static class UnknownQueryCode extends RuntimeException {
	}
}
