package org.govsite.search;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.govsite.content.ContentFixtures;
import org.govsite.content.ContentFixtures.Staff;
import org.govsite.identity.StaffRole;
import org.govsite.interaction.KnowledgeBase;
import org.govsite.interaction.LetterHandling;
import org.govsite.interaction.LetterReceipt;
import org.govsite.interaction.Letters;
import org.govsite.interaction.MailboxKind;
import org.govsite.interaction.MailboxSettings;
import org.govsite.interaction.NewLetter;
import org.govsite.publish.PublishFixtures.TestSite;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A site's 咨询 mailbox and a published 知识库 entry made, as handlers make it, from a replied letter. */
@Component
public class AssistantFixtures {

	private final LetterHandling handling;

	private final Letters letters;

	private final KnowledgeBase knowledge;

	private final JdbcClient jdbc;

	AssistantFixtures(LetterHandling handling, Letters letters, KnowledgeBase knowledge, JdbcClient jdbc) {
		this.handling = handling;
		this.letters = letters;
		this.knowledge = knowledge;
		this.jdbc = jdbc;
	}

	/** The mailbox, the entry and a letter handler of the site. */
	public record Desk(long mailbox, long entry, Staff handler) {
	}

	public Desk knowledgeEntry(TestSite site, String question, String answer) {
		return knowledgeEntries(site, java.util.Map.of(question, answer)).getFirst();
	}

	/** Several entries of one 咨询 mailbox, in the map's order; one desk per entry. */
	public List<Desk> knowledgeEntries(TestSite site, java.util.Map<String, String> questionsAndAnswers) {
		Staff manager = new Staff(ContentFixtures.unique("manager"),
				List.of(StaffRole.STAFF_AUTHORITY, StaffRole.SITE_MANAGER.forSite(site.id())));
		Staff handler = new Staff(ContentFixtures.unique("handler"),
				List.of(StaffRole.STAFF_AUTHORITY, StaffRole.LETTER_HANDLER.forSite(site.id())));
		Staff approver = new Staff(ContentFixtures.unique("handler"),
				List.of(StaffRole.STAFF_AUTHORITY, StaffRole.LETTER_HANDLER.forSite(site.id())));
		long mailbox = manager.run(() -> handling.createMailbox(site.id(),
				MailboxSettings.of("咨询", MailboxKind.CONSULTATION, false, List.of())));
		List<Desk> desks = new java.util.ArrayList<>();
		questionsAndAnswers.forEach((question, answer) -> {
			LetterReceipt receipt = letters.submit(mailbox, new NewLetter("林一", true,
					"137" + ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L), null, null, "咨询", question, true));
			long letter = jdbc.sql("select id from interaction_letter where query_code = :c").param("c", receipt.queryCode())
				.query(Long.class).single();
			handler.run(() -> handling.accept(letter, false));
			handler.run(() -> handling.draftReply(letter, answer));
			approver.run(() -> handling.approveReply(letter, true));
			long entry = handler.run(() -> knowledge.fromLetter(letter, new KnowledgeBase.Draft(question, answer, "社会保障", true)));
			desks.add(new Desk(mailbox, entry, handler));
		});
		return desks;
	}
}
