package org.govsite.content.internal;

import java.util.Optional;

import org.govsite.content.ApplicationFormView;
import org.govsite.content.ContentRuleViolation;

import org.springframework.stereotype.Component;

/**
 * Holds the review of a document whose site or channel requires the publishing application form
 * (SPEC.md §3): it is submitted only with a form for its newest version, and reviewed only once
 * the unit head signed that form. A form signed for an earlier version does not carry over.
 */
@Component
public class ApplicationFormGate {

	private final ApplicationFormStore forms;

	private final ContentStore store;

	ApplicationFormGate(ApplicationFormStore forms, ContentStore store) {
		this.forms = forms;
		this.store = store;
	}

	/** The rule the document is under, where it is placed now. */
	public Optional<ApplicationFormStore.Rule> rule(long documentId, long siteId) {
		return forms.ruleFor(siteId, store.channelIdsOf(documentId));
	}

	void requireFilled(Document document) {
		if (rule(document.id(), document.siteId()).isPresent() && current(document).isEmpty()) {
			throw new ContentRuleViolation("content.applicationForm.missing");
		}
	}

	void requireSigned(Document document) {
		if (rule(document.id(), document.siteId()).isPresent()
				&& current(document).filter(ApplicationFormView::signed).isEmpty()) {
			throw new ContentRuleViolation("content.applicationForm.unsigned");
		}
	}

	private Optional<ApplicationFormView> current(Document document) {
		return forms.latest(document.id()).filter(form -> form.documentVersion() == document.currentVersion());
	}
}
