package org.govsite.guard.web;

import java.util.List;
import java.util.Locale;

import org.govsite.guard.ContentGuard;
import org.govsite.guard.FindingMessages;
import org.govsite.guard.GuardFinding;
import org.govsite.platform.BackOffice;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The check behind the document editor's 检查 button: the title and the body as the editor holds
 * them, checked without saving anything, each finding with what is to be marked in the text.
 * Not audited, unlike the check page: the editor asks for it on every use of the button, and the
 * document's own check on submission is on the record.
 */
@RestController
@BackOffice
class EditorCheckController {

	private final ContentGuard guard;

	private final FindingMessages findingMessages;

	private final MessageSource messages;

	EditorCheckController(ContentGuard guard, FindingMessages findingMessages, MessageSource messages) {
		this.guard = guard;
		this.findingMessages = findingMessages;
		this.messages = messages;
	}

	/**
	 * One finding for the editor.
	 *
	 * @param field where it is: {@code title} or {@code body}
	 * @param found the text to mark, as written in the field (the editor has it already, so personal
	 * data is not masked here)
	 * @param occurrence how many times {@code found} occurs in the field's text before this one, to
	 * mark the right one
	 * @param start where it starts in the field's text (for the body, its text as a reader sees it)
	 */
	record EditorFinding(String field, String category, String level, boolean blocking, String message,
			@Nullable String suggestion, String found, int occurrence, int start, int end) {
	}

	record EditorCheck(boolean blocked, List<EditorFinding> findings) {
	}

	@PostMapping("/admin/guard/check/editor")
	@PreAuthorize("hasAuthority('STAFF')")
	EditorCheck check(@RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable String body) {
		List<EditorFinding> findings = new java.util.ArrayList<>();
		String titleText = title == null ? "" : title;
		String bodyText = body == null ? "" : ContentGuard.textOf(body);
		guard.check(titleText).findings().forEach(f -> findings.add(shown("title", titleText, f)));
		guard.check(bodyText).findings().forEach(f -> findings.add(shown("body", bodyText, f)));
		return new EditorCheck(findings.stream().anyMatch(EditorFinding::blocking), findings);
	}

	private EditorFinding shown(String field, String text, GuardFinding finding) {
		String found = text.substring(finding.start(), finding.end());
		return new EditorFinding(field, findingMessages.category(finding.category()),
				messages.getMessage("guard.level." + finding.level().code(), null, Locale.SIMPLIFIED_CHINESE),
				finding.blocking(), findingMessages.describe(finding), finding.suggestion(), found,
				occurrencesBefore(text, found, finding.start()), finding.start(), finding.end());
	}

	private static int occurrencesBefore(String text, String found, int start) {
		int count = 0;
		for (int at = text.indexOf(found); at >= 0 && at < start; at = text.indexOf(found, at + 1)) {
			count++;
		}
		return count;
	}
}
