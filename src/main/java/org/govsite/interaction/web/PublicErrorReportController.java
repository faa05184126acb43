package org.govsite.interaction.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.govsite.interaction.ErrorReportStatus;
import org.govsite.interaction.ErrorReports;
import org.govsite.interaction.ErrorReports.ErrorReportFigures;
import org.govsite.interaction.ErrorReports.NewErrorReport;
import org.govsite.interaction.LetterReceipt;
import org.govsite.interaction.LetterRefused;
import org.govsite.interaction.ProofOfWork;
import org.govsite.interaction.SubmissionLimits;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 我为政府网站找错 through the public API (no sign-in): a report with the same challenge as a letter,
 * following it with the query code, and a site's counts.
 */
@RestController
@RequestMapping("/api/public")
@Tag(name = "我为政府网站找错（公开）", description = "报告网站页面上的错误、凭查询码查询答复、网站找错统计，无需登录")
class PublicErrorReportController {

	private final ErrorReports reports;

	private final ProofOfWork proof;

	private final SubmissionLimits limits;

	PublicErrorReportController(ErrorReports reports, ProofOfWork proof, SubmissionLimits limits) {
		this.reports = reports;
		this.proof = proof;
		this.limits = limits;
	}

	/** A report as the API takes it; the challenge and its solution from {@code /letters/challenge}. */
	record ReportRequest(@Nullable String url, @Nullable String kind, @Nullable String description, @Nullable String contact,
			@Nullable String challenge, @Nullable String solution) {
	}

	@PostMapping("/sites/{siteCode}/error-reports")
	@Operation(summary = "报告网站错误", description = "页面地址、错误类型（BROKEN_LINK、WRONG_CONTENT、OUTDATED、TYPO、SERVICE、OTHER）、问题描述必填，联系方式选填；须附工作量证明（/api/public/letters/challenge）。答复含查询码和答复期限（1 个工作日）。")
	ResponseEntity<LetterReceipt> report(@PathVariable String siteCode, @RequestBody ReportRequest request,
			HttpServletRequest http) {
		if (!limits.tryAddress(http.getRemoteAddr())) {
			throw new LetterRefused(429, "interaction.submit.tooManyFromAddress");
		}
		if (request.challenge() == null || request.solution() == null || !proof.take(request.challenge(), request.solution())) {
			throw new LetterRefused(400, "interaction.submit.challenge");
		}
		LetterReceipt receipt = reports.submit(
				new NewErrorReport(siteCode, request.url(), request.kind(), request.description(), request.contact()));
		return ResponseEntity.created(URI.create("/api/public/error-reports/" + receipt.queryCode())).body(receipt);
	}

	@GetMapping("/error-reports/{code}")
	@Operation(summary = "凭查询码查询找错", description = "页面地址、错误类型、问题描述、答复期限和答复（不含联系方式）。")
	ErrorReportStatus follow(@PathVariable String code, HttpServletRequest http) {
		if (!limits.tryLookup(http.getRemoteAddr())) {
			throw new LetterRefused(429, "interaction.follow.tooMany");
		}
		return reports.follow(code).orElseThrow(() -> new LetterRefused(404, "interaction.follow.unknown"));
	}

	@GetMapping("/sites/{siteCode}/error-reports/figures")
	@Operation(summary = "网站找错统计", description = "收到、已答复、按时答复、待答复、超期未答复的件数。")
	ErrorReportFigures figures(@PathVariable String siteCode) {
		return reports.figures(siteCode).orElseThrow(() -> new LetterRefused(404, "interaction.error.noSite"));
	}
}
