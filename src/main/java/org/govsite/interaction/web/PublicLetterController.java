package org.govsite.interaction.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.govsite.interaction.LetterReceipt;
import org.govsite.interaction.LetterRefused;
import org.govsite.interaction.LetterStatus;
import org.govsite.interaction.Letters;
import org.govsite.interaction.MailboxKind;
import org.govsite.interaction.MailboxView;
import org.govsite.interaction.NewAttachment;
import org.govsite.interaction.NewLetter;
import org.govsite.interaction.Satisfaction;
import org.govsite.interaction.ProofOfWork;
import org.govsite.interaction.SubmissionLimits;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Letters through the public API (role public and all, no sign-in): a site's mailboxes, a
 * challenge, writing a letter, following it and rating the reply with the query code.
 */
@RestController
@RequestMapping("/api/public")
@Tag(name = "互动交流（公开）", description = "向网站信箱写信、凭查询码查询办理情况和评价答复，无需登录")
class PublicLetterController {

	private final Letters letters;

	private final ProofOfWork proof;

	private final SubmissionLimits limits;

	PublicLetterController(Letters letters, ProofOfWork proof, SubmissionLimits limits) {
		this.letters = letters;
		this.proof = proof;
		this.limits = limits;
	}

	/** A mailbox as the form offers it. */
	record Mailbox(long id, String name, MailboxKind kind, boolean realNameRequired, int workingDays) {

		static Mailbox of(MailboxView view) {
			return new Mailbox(view.id(), view.name(), view.settings().kind(), view.settings().realNameRequired(),
					view.settings().workingDays());
		}
	}

	@GetMapping("/sites/{siteCode}/mailboxes")
	@Operation(summary = "站点的信箱", description = "网站标识码所指站点开放的信箱：名称、类型、是否实名、答复时限（工作日）。")
	List<Mailbox> mailboxes(@PathVariable String siteCode) {
		return letters.mailboxesOf(siteCode).stream().map(Mailbox::of).toList();
	}

	@GetMapping("/letters/challenge")
	@Operation(summary = "写信前的工作量证明", description = "求一个数字 n，使 SHA-256(challenge + n) 的前 bits 位为 0；十分钟内有效，仅可用一次。")
	ProofOfWork.Challenge challenge() {
		return proof.issue();
	}

	/** A letter as the API takes it; the challenge and its solution from {@code /letters/challenge}. */
	record LetterRequest(@Nullable String name, @Nullable Boolean female, @Nullable String phone, @Nullable String email,
			@Nullable String idNumber, @Nullable String subject, @Nullable String content, boolean publishable,
			@Nullable String challenge, @Nullable String solution) {

		NewLetter letter() {
			return new NewLetter(text(name), female, text(phone), email, idNumber, text(subject), text(content), publishable);
		}

		private static String text(@Nullable String value) {
			return value == null ? "" : value;
		}
	}

	@PostMapping("/mailboxes/{mailboxId}/letters")
	@Operation(summary = "写信", description = "姓名、电话、主题、内容必填；实名信箱须填写居民身份证号码；答复含查询码和答复期限。")
	ResponseEntity<LetterReceipt> write(@PathVariable long mailboxId, @RequestBody LetterRequest request,
			HttpServletRequest http) {
		return written(mailboxId, request, List.of(), http);
	}

	@PostMapping(path = "/mailboxes/{mailboxId}/letters", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "写信（带附件）", description = "multipart/form-data：letter 部分为与“写信”相同的 JSON，files 部分为附件（JPG、PNG 或 PDF，按内容判断类型）。")
	ResponseEntity<LetterReceipt> writeWithAttachments(@PathVariable long mailboxId, @RequestPart("letter") LetterRequest request,
			@RequestPart(name = "files", required = false) @Nullable List<MultipartFile> files, HttpServletRequest http) {
		return written(mailboxId, request, AttachmentResponses.uploads(files), http);
	}

	private ResponseEntity<LetterReceipt> written(long mailboxId, LetterRequest request, List<NewAttachment> files,
			HttpServletRequest http) {
		if (!limits.tryAddress(http.getRemoteAddr())) {
			throw new LetterRefused(429, "interaction.submit.tooManyFromAddress");
		}
		if (request.challenge() == null || request.solution() == null || !proof.take(request.challenge(), request.solution())) {
			throw new LetterRefused(400, "interaction.submit.challenge");
		}
		LetterReceipt receipt = letters.submit(mailboxId, request.letter(), files);
		return ResponseEntity.created(URI.create("/api/public/letters/" + receipt.queryCode())).body(receipt);
	}

	@GetMapping("/letters/{code}")
	@Operation(summary = "凭查询码查询来信", description = "办理状态、答复期限，以及答复、答复部门和答复日期。")
	LetterStatus follow(@PathVariable String code, HttpServletRequest http) {
		if (!limits.tryLookup(http.getRemoteAddr())) {
			throw new LetterRefused(429, "interaction.follow.tooMany");
		}
		return letters.follow(code).orElseThrow(() -> new LetterRefused(404, "interaction.follow.unknown"));
	}

	/** The writer's rating. */
	record Rating(@Nullable Satisfaction satisfaction, @Nullable String comment) {
	}

	@PostMapping("/letters/{code}/rating")
	@Operation(summary = "评价答复", description = "SATISFIED 满意、FAIRLY_SATISFIED 基本满意、DISSATISFIED 不满意；首次不满意时来信重新办理。")
	LetterStatus rate(@PathVariable String code, @RequestBody Rating rating, HttpServletRequest http) {
		if (!limits.tryLookup(http.getRemoteAddr())) {
			throw new LetterRefused(429, "interaction.follow.tooMany");
		}
		if (rating.satisfaction() == null) {
			throw new LetterRefused(400, "interaction.rate.required");
		}
		return letters.rate(code, rating.satisfaction(), rating.comment());
	}

}
