package org.govsite.interaction.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.govsite.interaction.KnowledgeEntry;
import org.govsite.interaction.MailboxView;
import org.govsite.interaction.PublishedLetter;
import org.govsite.publish.HomeMailboxes;
import org.govsite.publish.ListPages;
import org.govsite.publish.SitePage;
import org.govsite.publish.SitePage.Href;
import org.govsite.publish.SitePage.Section;
import org.govsite.publish.SitePageSource;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 互动交流 as published pages of the site, in its theme: 答复选登 (the replies a reviewer passed for
 * publishing, a page each, every one of them on its mailbox's list, 20 a page as on channel lists)
 * and the 知识库's published entries. Only what {@link PublishedLetter} and {@link KnowledgeEntry}
 * carry is shown: the writer as surname and 先生/女士, never a phone, email or ID number. Publishing
 * escapes every text.
 * <p>
 * A reply published or withdrawn ({@link ReplyChangeStore}) has only the pages it touches written
 * again: its own, its mailbox's list pages it shifts, the 答复选登 page and the 知识库's few pages.
 * It also gives the home page's 互动交流 block its mailboxes and the 答复选登 page.
 */
@Component
public class ReplyPages implements SitePageSource, HomeMailboxes {

	static final String FOLDER = "hudong/";

	static final String INDEX = FOLDER + "index.html";

	static final String KNOWLEDGE = FOLDER + "zhishi/index.html";

	/** The newest replies of each mailbox on the 答复选登 page; its list has them all. */
	static final int LATEST = 10;

	private static final String NONE = "暂无公开的答复。";

	private final MailboxStore mailboxes;

	private final org.govsite.interaction.Letters shown;

	private final KnowledgeStore entries;

	private final ReplyChangeStore changes;

	private final Clock clock;

	ReplyPages(MailboxStore mailboxes, org.govsite.interaction.Letters shown, KnowledgeStore entries,
			ReplyChangeStore changes, Clock clock) {
		this.clock = clock;
		this.mailboxes = mailboxes;
		this.shown = shown;
		this.entries = entries;
		this.changes = changes;
	}

	@Override
	public String folder() {
		return FOLDER;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SitePage> pages(long siteId) {
		List<MailboxView> open = open(siteId);
		List<KnowledgeEntry> knowledge = entries.published(siteId, null, 0, Integer.MAX_VALUE);
		if (open.isEmpty() && knowledge.isEmpty()) {
			return List.of();
		}
		List<SitePage> pages = new ArrayList<>();
		for (MailboxView mailbox : open) {
			List<PublishedLetter> replies = shown.published(mailbox.id(), 1, Integer.MAX_VALUE);
			ListPages list = listOf(mailbox, replies.size());
			for (PublishedLetter letter : replies) {
				pages.add(letterPage(letter, mailbox));
			}
			for (int number : list.numbers()) {
				pages.add(listPage(mailbox, list, number, list.on(replies, number)));
			}
		}
		common(siteId, open, knowledge, pages);
		return pages;
	}

	/**
	 * What the replies published and withdrawn since the last run touch: a reply's own page; of its
	 * mailbox's list, the pages a new reply shifts, or every page (and nothing else in its folder)
	 * after a withdrawal; and the 答复选登 and 知识库 pages, always (a 知识库 change records nothing).
	 * Every page again when a mailbox changed is no longer open.
	 */
	@Override
	@Transactional(readOnly = true)
	public Optional<Changes> changes(long siteId) {
		List<ReplyChangeStore.Change> pending = changes.pending(siteId);
		List<MailboxView> open = open(siteId);
		Map<Long, MailboxView> byId = new LinkedHashMap<>();
		open.forEach(mailbox -> byId.put(mailbox.id(), mailbox));
		Map<Long, List<ReplyChangeStore.Change>> byMailbox = new LinkedHashMap<>();
		for (ReplyChangeStore.Change change : pending) {
			if (!byId.containsKey(change.mailboxId())) {
				return Optional.empty();
			}
			byMailbox.computeIfAbsent(change.mailboxId(), id -> new ArrayList<>()).add(change);
		}
		List<SitePage> pages = new ArrayList<>();
		Set<String> removed = new LinkedHashSet<>();
		Set<String> whole = new LinkedHashSet<>();
		byMailbox.forEach((mailboxId, changed) -> mailboxChanges(byId.get(mailboxId), changed, pages, removed, whole));
		List<KnowledgeEntry> knowledge = entries.published(siteId, null, 0, Integer.MAX_VALUE);
		common(siteId, open, knowledge, pages);
		whole.add(FOLDER + "zhishi/");
		long upTo = pending.isEmpty() ? 0 : pending.get(pending.size() - 1).id();
		return Optional.of(new Changes(pages, removed, whole, upTo));
	}

	@Override
	@Transactional
	public void written(long siteId, Changes written) {
		changes.forget(siteId, written.upTo());
	}

	private void mailboxChanges(MailboxView mailbox, List<ReplyChangeStore.Change> changed, List<SitePage> pages,
			Set<String> removed, Set<String> whole) {
		ListPages list = listOf(mailbox, shown.publishedCount(mailbox.id()));
		List<PublishedLetter> newest = shown.publishedFrom(mailbox.id(), 0, list.limit(0));
		Set<Long> onNewest = new java.util.HashSet<>();
		newest.forEach(letter -> onNewest.add(letter.id()));
		Set<Long> added = new LinkedHashSet<>();
		boolean shifted = false;
		for (ReplyChangeStore.Change change : changed) {
			Optional<PublishedLetter> letter = shown.publishedLetter(change.letterId());
			if (letter.isPresent()) {
				pages.add(letterPage(letter.get(), mailbox));
				added.add(change.letterId());
			}
			else {
				removed.add(letterPath(change.letterId()));
			}
			// a withdrawal, or a reply published again with an older date, moves the older pages
			shifted |= change.withdrawn() || (letter.isPresent() && !onNewest.contains(change.letterId()));
		}
		if (shifted) {
			List<PublishedLetter> replies = shown.published(mailbox.id(), 1, Integer.MAX_VALUE);
			for (int number : list.numbers()) {
				pages.add(listPage(mailbox, list, number, list.on(replies, number)));
			}
			whole.add(listFolder(mailbox.id()));
			return;
		}
		for (int number : list.changedByNewest(added.size())) {
			pages.add(listPage(mailbox, list, number,
					number == 0 ? newest : shown.publishedFrom(mailbox.id(), list.offset(number), list.limit(number))));
		}
	}

	/** 答复选登 (each mailbox's newest replies and a link to its list) and the 知识库's pages. */
	private void common(long siteId, List<MailboxView> open, List<KnowledgeEntry> knowledge, List<SitePage> pages) {
		if (open.isEmpty() && knowledge.isEmpty()) {
			return;
		}
		List<Section> sections = new ArrayList<>();
		LocalDate newest = LocalDate.EPOCH;
		for (MailboxView mailbox : open) {
			List<PublishedLetter> replies = shown.publishedFrom(mailbox.id(), 0, LATEST);
			List<Href> links = new ArrayList<>();
			for (PublishedLetter letter : replies) {
				links.add(Href.page(letter.subject(), letterPath(letter.id()), "答复日期 " + letter.repliedOn()));
				newest = later(newest, letter.repliedOn());
			}
			if (!replies.isEmpty()) {
				links.add(Href.page("全部答复", listPath(mailbox.id()), shown.publishedCount(mailbox.id()) + " 条"));
			}
			links.add(Href.platform("写信", "/letters/write?mailbox=" + mailbox.id()));
			sections.add(Section.of(mailbox.name(), links, replies.isEmpty() ? NONE : null));
		}
		if (!knowledge.isEmpty()) {
			sections.add(Section.of("知识库", List.of(Href.page("常见问题解答", KNOWLEDGE, knowledge.size() + " 条")), null));
			newest = later(newest, knowledgePages(knowledge, pages));
		}
		pages.add(new SitePage(INDEX, "答复选登", "来信人同意公开、经审核的答复；查询信件请使用查询码。", List.of(), sections,
				newest.equals(LocalDate.EPOCH) ? LocalDate.now(clock) : newest));
	}

	private static ListPages listOf(MailboxView mailbox, int total) {
		return new ListPages(listPath(mailbox.id()), total);
	}

	/** Page {@code number} of a mailbox's list of published replies, newest first. */
	private SitePage listPage(MailboxView mailbox, ListPages list, int number, List<PublishedLetter> replies) {
		List<Href> links = new ArrayList<>();
		LocalDate newest = LocalDate.EPOCH;
		for (PublishedLetter letter : replies) {
			links.add(Href.page(letter.subject(), letterPath(letter.id()), "答复日期 " + letter.repliedOn()));
			newest = later(newest, letter.repliedOn());
		}
		List<Section> sections = List.of(Section.of("答复", links, replies.isEmpty() ? NONE : null));
		return new SitePage(list.path(number), mailbox.name() + "答复选登", null, List.of(Href.page("答复选登", INDEX, null)),
				sections, newest.equals(LocalDate.EPOCH) ? LocalDate.now(clock) : newest, list.pager(number));
	}

	private static SitePage letterPage(PublishedLetter letter, MailboxView mailbox) {
		SitePage.Table facts = new SitePage.Table("信件信息", List.of(), List.of(
				row("信箱", mailbox.name()), row("来信人", letter.writer()), row("受理日期", letter.receivedOn().toString()),
				row("答复日期", letter.repliedOn().toString()), row("答复部门", letter.replyingUnit())));
		List<Section> sections = List.of(new Section("来信内容", paragraphs(letter.content()), List.of(), List.of(facts), null),
				new Section("答复内容", paragraphs(letter.reply()), List.of(), List.of(), null));
		return new SitePage(letterPath(letter.id()), letter.subject(), null,
				List.of(Href.page("答复选登", INDEX, null), Href.page(mailbox.name(), listPath(mailbox.id()), null)), sections,
				letter.repliedOn());
	}

	/** The 知识库's pages: the entries by subject, and one page per entry; the newest change. */
	private static LocalDate knowledgePages(List<KnowledgeEntry> knowledge, List<SitePage> pages) {
		Href list = Href.page("常见问题解答", KNOWLEDGE, null);
		Map<String, List<Href>> bySubject = new LinkedHashMap<>();
		LocalDate newest = LocalDate.EPOCH;
		for (KnowledgeEntry entry : knowledge.stream().sorted(Comparator.comparing(KnowledgeEntry::category)).toList()) {
			String path = FOLDER + "zhishi/" + entry.id() + ".html";
			pages.add(new SitePage(path, entry.question(), null, List.of(list),
					List.of(new Section("答复", paragraphs(entry.answer()), List.of(), List.of(), null)), entry.updatedOn()));
			bySubject.computeIfAbsent(entry.category(), subject -> new ArrayList<>())
				.add(Href.page(entry.question(), path, entry.updatedOn().toString()));
			newest = later(newest, entry.updatedOn());
		}
		List<Section> sections = new ArrayList<>();
		bySubject.forEach((subject, links) -> sections.add(Section.of(subject, links, null)));
		pages.add(new SitePage(KNOWLEDGE, "常见问题解答", null, List.of(Href.page("答复选登", INDEX, null)), sections, newest));
		return newest;
	}

	static String letterPath(long letterId) {
		return FOLDER + "dafu/" + letterId + ".html";
	}

	/** The folder of a mailbox's list of replies. */
	static String listFolder(long mailboxId) {
		return FOLDER + "xinxiang/" + mailboxId + "/";
	}

	static String listPath(long mailboxId) {
		return listFolder(mailboxId) + "index.html";
	}

	private static List<SitePage.Cell> row(String name, String value) {
		return List.of(SitePage.Cell.head(name), SitePage.Cell.data(value));
	}

	/** The text's paragraphs as written: one per non-blank line (the interviews' pages too). */
	static List<String> paragraphs(String text) {
		return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	private static LocalDate later(LocalDate one, LocalDate other) {
		return one.isAfter(other) ? one : other;
	}

	private List<MailboxView> open(long siteId) {
		return mailboxes.ofSite(siteId).stream().filter(MailboxView::open).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Mailbox> of(long siteId) {
		return open(siteId).stream().map(mailbox -> new Mailbox(mailbox.id(), mailbox.name())).toList();
	}

	@Override
	public @Nullable String repliesPage(long siteId) {
		return of(siteId).isEmpty() && entries.published(siteId, null, 0, 1).isEmpty() ? null : INDEX;
	}
}
