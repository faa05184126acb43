package org.govsite.interaction.internal;

import org.govsite.interaction.InterviewArchived;
import org.govsite.interaction.KnowledgeEntryChanged;
import org.govsite.interaction.LetterReplied;
import org.govsite.interaction.MailboxOpened;
import org.govsite.interaction.ReplyWithdrawn;
import org.govsite.publish.PublishJobs;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the site's 互动交流 pages ({@link ReplyPages}) in step, once a change is committed: a reply
 * published or withdrawn (recorded, so that the run writes only the pages it touches), a 知识库
 * entry changed, and a mailbox opened, which the home page lists too (a full publish); and an
 * interview archived ({@link InterviewPages}).
 */
@Component
class ReplyPageTriggers {

	private final PublishJobs publishing;

	private final KnowledgeStore entries;

	private final MessageSource messages;

	private final ReplyChangeStore changes;

	ReplyPageTriggers(PublishJobs publishing, KnowledgeStore entries, MessageSource messages, ReplyChangeStore changes) {
		this.changes = changes;
		this.publishing = publishing;
		this.entries = entries;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(MailboxOpened event) {
		publishing.mailboxesChanged(event.siteId());
	}

	@ApplicationModuleListener
	void on(LetterReplied event) {
		if (event.published()) {
			changes.record(event.siteId(), event.mailboxId(), event.letterId(), false);
			republish(event.siteId());
		}
	}

	@ApplicationModuleListener
	void on(ReplyWithdrawn event) {
		changes.record(event.siteId(), event.mailboxId(), event.letterId(), true);
		republish(event.siteId());
	}

	/** The archived interview's static page ({@link InterviewPages}). */
	@ApplicationModuleListener
	void on(InterviewArchived event) {
		publishing.publishSitePages(event.siteId(), messages.getMessage("interaction.publishInterview", null,
				LocaleContextHolder.getLocale()));
	}

	@ApplicationModuleListener
	void on(KnowledgeEntryChanged event) {
		entries.find(event.entryId()).ifPresent(entry -> republish(entry.siteId()));
	}

	private void republish(long siteId) {
		publishing.publishSitePages(siteId, messages.getMessage("interaction.publishPages", null, LocaleContextHolder.getLocale()));
	}
}
