package org.govsite.interaction.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.govsite.interaction.LetterReceipt;
import org.govsite.interaction.LetterRefused;
import org.govsite.interaction.LetterStatus;
import org.govsite.interaction.Letters;
import org.govsite.interaction.MailboxView;
import org.govsite.interaction.NewLetter;
import org.govsite.interaction.PublishedLetter;
import org.govsite.interaction.Satisfaction;
import org.govsite.interaction.ProofOfWork;
import org.govsite.interaction.SubmissionLimits;
import org.govsite.site.SiteSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The letters' public pages (role public and all), rendered on the server with the sites' colours:
 * a site's mailboxes with their statistics, the letter form, following a letter with its code and
 * rating the reply, and the published replies as list and detail pages. Everything a citizen wrote
 * is shown as text (Thymeleaf's {@code th:text} escapes it).
 */
@Controller
class LetterPageController {

	static final int PAGE_SIZE = 20;

	private final Letters letters;

	private final ProofOfWork proof;

	private final SubmissionLimits limits;

	private final MessageSource messages;

	LetterPageController(Letters letters, ProofOfWork proof, SubmissionLimits limits, MessageSource messages) {
		this.letters = letters;
		this.proof = proof;
		this.limits = limits;
		this.messages = messages;
	}

	@GetMapping("/letters")
	String site(@RequestParam String site, Model model) {
		SiteSummary found = letters.site(site).orElseThrow(() -> new LetterRefused(404, "interaction.submit.noMailbox"));
		List<MailboxView> mailboxes = letters.mailboxesOf(site);
		model.addAttribute("site", found);
		model.addAttribute("mailboxes", mailboxes);
		model.addAttribute("figures", mailboxes.stream().map(letters::figures).toList());
		return "interaction/site";
	}

	@GetMapping("/letters/write")
	String form(@RequestParam long mailbox, @RequestParam(required = false) @Nullable String question, Model model) {
		MailboxView box = open(mailbox);
		model.addAttribute("mailbox", box);
		LetterForm form = new LetterForm();
		form.setPublishable(true);
		// a question the site's assistant could not answer, carried over to be written as a letter
		if (question != null && !question.isBlank() && question.length() <= 200) {
			form.setContent(question.strip());
		}
		model.addAttribute("form", form);
		model.addAttribute("challenge", proof.issue());
		model.addAttribute("attachmentLimits", letters.attachmentLimits());
		return "interaction/write";
	}

	@PostMapping("/letters/write")
	String write(@RequestParam long mailbox, LetterForm form,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		MailboxView box = open(mailbox);
		try {
			if (!limits.tryAddress(request.getRemoteAddr())) {
				throw new LetterRefused(429, "interaction.submit.tooManyFromAddress");
			}
			if (!proof.take(form.getChallenge(), form.getSolution())) {
				throw new LetterRefused(400, "interaction.submit.challenge");
			}
			LetterReceipt receipt = letters.submit(mailbox, new NewLetter(form.getName(), form.female(), form.getPhone(),
					form.getEmail(), form.getIdNumber(), form.getSubject(), form.getContent(), form.isPublishable()),
					AttachmentResponses.uploads(files));
			model.addAttribute("mailbox", box);
			model.addAttribute("receipt", receipt);
			return "interaction/written";
		}
		catch (LetterRefused refused) {
			response.setStatus(refused.status());
			model.addAttribute("mailbox", box);
			model.addAttribute("form", form);
			model.addAttribute("challenge", proof.issue());
			model.addAttribute("error", text(refused.code()));
			model.addAttribute("attachmentLimits", letters.attachmentLimits());
			return "interaction/write";
		}
	}

	@GetMapping("/letters/follow")
	String follow(@RequestParam(required = false) @Nullable String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		model.addAttribute("code", code == null ? "" : code);
		if (code == null || code.isBlank()) {
			return "interaction/follow";
		}
		if (!limits.tryLookup(request.getRemoteAddr())) {
			response.setStatus(429);
			model.addAttribute("error", text("interaction.follow.tooMany"));
			return "interaction/follow";
		}
		Optional<LetterStatus> status = letters.follow(code);
		if (status.isEmpty()) {
			response.setStatus(404);
			model.addAttribute("error", text("interaction.follow.unknown"));
		}
		status.ifPresent(found -> model.addAttribute("status", found));
		return "interaction/follow";
	}

	@PostMapping("/letters/follow")
	String rate(@RequestParam String code, @RequestParam(required = false) @Nullable Satisfaction satisfaction,
			@RequestParam(required = false) @Nullable String comment, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		model.addAttribute("code", code);
		try {
			if (!limits.tryLookup(request.getRemoteAddr())) {
				throw new LetterRefused(429, "interaction.follow.tooMany");
			}
			if (satisfaction == null) {
				throw new LetterRefused(400, "interaction.rate.required");
			}
			model.addAttribute("status", letters.rate(code, satisfaction, comment));
			model.addAttribute("rated", true);
		}
		catch (LetterRefused refused) {
			response.setStatus(refused.status());
			model.addAttribute("error", text(refused.code()));
			letters.follow(code).ifPresent(found -> model.addAttribute("status", found));
		}
		return "interaction/follow";
	}

	@GetMapping("/letters/replies")
	String replies(@RequestParam long mailbox, @RequestParam(defaultValue = "1") int page, Model model) {
		MailboxView box = open(mailbox);
		int current = Math.max(1, Math.min(page, 10_000));
		List<PublishedLetter> shown = letters.published(mailbox, current, PAGE_SIZE);
		model.addAttribute("mailbox", box);
		model.addAttribute("letters", shown);
		model.addAttribute("figures", letters.figures(box));
		model.addAttribute("page", current);
		model.addAttribute("more", shown.size() == PAGE_SIZE);
		return "interaction/replies";
	}

	@GetMapping("/letters/replies/{id}")
	String reply(@PathVariable long id, Model model) {
		PublishedLetter letter = letters.publishedLetter(id)
			.orElseThrow(() -> new LetterRefused(404, "interaction.follow.unknown"));
		model.addAttribute("letter", letter);
		model.addAttribute("mailbox", letters.mailbox(letter.mailboxId()).orElseThrow());
		model.addAttribute("attachments", letters.publishedAttachments(id));
		return "interaction/reply";
	}

	/** An attachment of a published letter, only if a handler allowed it on the site. */
	@GetMapping("/letters/replies/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
		return AttachmentResponses.download(letters.publishedAttachment(id, attachmentId)
			.orElseThrow(() -> new LetterRefused(404, "interaction.attachment.unknown")));
	}

	/** An unknown site, mailbox or letter: the page says so, in Chinese. */
	@org.springframework.web.bind.annotation.ExceptionHandler
	String refused(LetterRefused refused, HttpServletResponse response, Model model) {
		response.setStatus(refused.status());
		model.addAttribute("error", text(refused.code()));
		return "interaction/missing";
	}

	private MailboxView open(long id) {
		return letters.mailbox(id).filter(MailboxView::open)
			.orElseThrow(() -> new LetterRefused(404, "interaction.submit.noMailbox"));
	}

	private String text(String code) {
		return messages.getMessage(code, null, LocaleContextHolder.getLocale());
	}
}
