package org.govsite.report.web;

import jakarta.servlet.http.HttpServletRequest;

import org.govsite.platform.NotFound;
import org.govsite.platform.RuleViolation;
import org.govsite.report.BeaconLimit;
import org.govsite.report.Visit;
import org.govsite.report.VisitCounter;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The visit beacon of the published pages: {@code POST /api/public/beacon} (navigator.sendBeacon)
 * or {@code GET} with the same parameters. It sets no cookie and answers 204 with nothing to
 * cache; bad input gets problem+json in Chinese, and so does an address that sends more beacons
 * than {@link BeaconLimit} allows (429). The address is the one the servlet container
 * sees: behind nginx, Tomcat's forwarded-header handling ({@code server.forward-headers-strategy})
 * makes it the reader's.
 */
@RestController
class BeaconController {

	private final VisitCounter counter;

	private final BeaconLimit limit;

	private final MessageSource messages;

	BeaconController(VisitCounter counter, BeaconLimit limit, MessageSource messages) {
		this.counter = counter;
		this.limit = limit;
		this.messages = messages;
	}

	@PostMapping("/api/public/beacon")
	ResponseEntity<?> post(@RequestParam(defaultValue = "") String site, @RequestParam(defaultValue = "") String path,
			@RequestParam(required = false) @Nullable String channel, @RequestParam(required = false) @Nullable String ref,
			@RequestParam(required = false) @Nullable String q,
			@RequestHeader(value = HttpHeaders.USER_AGENT, required = false) @Nullable String agent,
			HttpServletRequest request) {
		if (!limit.tryTake(request.getRemoteAddr())) {
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, "60")
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(detail(HttpStatus.TOO_MANY_REQUESTS, "report.beacon.tooMany"));
		}
		try {
			counter.count(new Visit(site, path, channel, ref, q, request.getRemoteAddr(), agent));
			return ResponseEntity.noContent().cacheControl(CacheControl.noStore()).build();
		}
		catch (RuleViolation invalid) {
			return problem(HttpStatus.BAD_REQUEST, "report.beacon.invalid");
		}
		catch (NotFound unknown) {
			return problem(HttpStatus.NOT_FOUND, "report.beacon.unknownSite");
		}
	}

	@GetMapping("/api/public/beacon")
	ResponseEntity<?> get(@RequestParam(defaultValue = "") String site, @RequestParam(defaultValue = "") String path,
			@RequestParam(required = false) @Nullable String channel, @RequestParam(required = false) @Nullable String ref,
			@RequestParam(required = false) @Nullable String q,
			@RequestHeader(value = HttpHeaders.USER_AGENT, required = false) @Nullable String agent,
			HttpServletRequest request) {
		return post(site, path, channel, ref, q, agent, request);
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String code) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail(status, code));
	}

	private ProblemDetail detail(HttpStatus status, String code) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(code, null, LocaleContextHolder.getLocale()));
		problem.setTitle(messages.getMessage("report.beacon.title", null, LocaleContextHolder.getLocale()));
		return problem;
	}
}
