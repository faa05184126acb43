package org.govsite.interaction;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.govsite.interaction.internal.KnowledgeStore;
import org.govsite.interaction.internal.LetterStore;
import org.govsite.interaction.internal.MailboxStore;
import org.govsite.interaction.internal.QuestionPieces;
import org.govsite.interaction.internal.StoredLetter;
import org.govsite.platform.NotFound;
import org.govsite.platform.RuleViolation;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 知识库 (SPEC.md §7): a handler turns a replied letter into a question and answer, edited
 * (nothing of the writer's person in it) and classified by subject; published entries are listed
 * on the site by subject and popularity and offered to a citizen whose question is alike, before
 * the letter is sent.
 * <p>
 * Alike is found by a plain query on the entries' text: the interaction module does not depend on
 * search, which needs the content library (the module boots without it). Site search finds the
 * published entries too: it follows {@link KnowledgeEntryChanged}.
 */
@Service
@Transactional
public class KnowledgeBase {

	static final int MAX_QUESTION = 200;

	static final int MAX_ANSWER = 5000;

	static final int MAX_CATEGORY = 20;

	private final KnowledgeStore entries;

	private final LetterStore letters;

	private final MailboxStore mailboxes;

	private final SiteDirectory sites;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	KnowledgeBase(KnowledgeStore entries, LetterStore letters, MailboxStore mailboxes, SiteDirectory sites, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.entries = entries;
		this.letters = letters;
		this.mailboxes = mailboxes;
		this.sites = sites;
		this.clock = clock;
	}

	/** An entry as a handler writes it. */
	public record Draft(@Nullable String question, @Nullable String answer, @Nullable String category, boolean published) {
	}

	/** A new entry from a replied letter, on the site of the letter's mailbox; once per letter. */
	public long fromLetter(long letterId, Draft draft) {
		StoredLetter stored = letters.find(letterId).orElseThrow(() -> new NotFound("letter", letterId));
		long siteId = mailboxes.find(stored.letter().mailboxId()).orElseThrow().siteId();
		Set<Long> mine = LetterAccess.sitesOf(LetterAccess.user());
		if (!mine.contains(siteId)) {
			LetterAccess.requireHandler(stored.letter().handlingUnit());
		}
		if (stored.letter().state() != LetterState.REPLIED) {
			throw new RuleViolation("interaction.knowledge.notReplied");
		}
		if (entries.existsForLetter(letterId)) {
			throw new RuleViolation("interaction.knowledge.exists");
		}
		Checked checked = check(draft);
		long id = entries.insert(siteId, letterId, checked.question(), checked.answer(), checked.category(),
				LetterAccess.user().getName(), clock.instant());
		if (draft.published()) {
			entries.update(id, checked.question(), checked.answer(), checked.category(), true, clock.instant());
		}
		events.publishEvent(new KnowledgeEntryChanged(id));
		return id;
	}

	/** Edits an entry, publishes or withdraws it: the handlers of its site. */
	public void update(long id, Draft draft) {
		KnowledgeEntry entry = entries.find(id).orElseThrow(() -> new NotFound("knowledge", id));
		LetterAccess.requireHandler(entry.siteId());
		Checked checked = check(draft);
		entries.update(id, checked.question(), checked.answer(), checked.category(), draft.published(), clock.instant());
		events.publishEvent(new KnowledgeEntryChanged(id));
	}

	/** The entry if it is published, without counting a reading (for site search). */
	@Transactional(readOnly = true)
	public Optional<KnowledgeEntry> publishedEntry(long id) {
		return entries.find(id).filter(KnowledgeEntry::published);
	}

	/** Every published entry of every site (site search, when its index is built again). */
	@Transactional(readOnly = true)
	public List<KnowledgeEntry> allPublished() {
		return entries.allPublished();
	}

	/** The entries of the sites the user handles letters for, last changed first. */
	@Transactional(readOnly = true)
	public List<KnowledgeEntry> mine() {
		return entries.ofSites(LetterAccess.sitesOf(LetterAccess.user()), 500);
	}

	@Transactional(readOnly = true)
	public KnowledgeEntry entryToEdit(long id) {
		KnowledgeEntry entry = entries.find(id).orElseThrow(() -> new NotFound("knowledge", id));
		LetterAccess.requireHandler(entry.siteId());
		return entry;
	}

	/** A page of the site's published entries, of one category or all, the most read first. */
	@Transactional(readOnly = true)
	public List<KnowledgeEntry> published(long siteId, @Nullable String category, int page, int size) {
		return entries.published(siteId, category == null || category.isBlank() ? null : category,
				Math.max(0, page - 1) * size, size);
	}

	@Transactional(readOnly = true)
	public List<KnowledgeEntry.Category> categories(long siteId) {
		return entries.categories(siteId);
	}

	/** A published entry as a reader opens it; the reading counts to its popularity. */
	public Optional<KnowledgeEntry> read(long id) {
		Optional<KnowledgeEntry> entry = entries.find(id).filter(KnowledgeEntry::published);
		entry.ifPresent(found -> entries.viewed(id));
		return entry;
	}

	/** The site's published entries most like the question being typed, at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<KnowledgeEntry> alike(long siteId, String question, int limit) {
		List<String> pieces = QuestionPieces.of(question.length() > 500 ? question.substring(0, 500) : question);
		return entries.sharing(siteId, pieces, QuestionPieces.least(pieces), Math.max(1, Math.min(limit, 10)));
	}

	@Transactional(readOnly = true)
	public Optional<SiteSummary> site(long siteId) {
		return sites.find(siteId);
	}

	private record Checked(String question, String answer, String category) {
	}

	private static Checked check(Draft draft) {
		String refusals = "interaction.knowledge.";
		try {
			return new Checked(Letters.required(draft.question(), MAX_QUESTION, refusals, "question"),
					Letters.required(draft.answer(), MAX_ANSWER, refusals, "answer"),
					Letters.required(draft.category(), MAX_CATEGORY, refusals, "category"));
		}
		catch (LetterRefused refused) {
			throw new RuleViolation(refused.code());
		}
	}
}
