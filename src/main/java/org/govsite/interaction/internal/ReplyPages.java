package org.govsite.interaction.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsite.interaction.KnowledgeEntry;
import org.govsite.interaction.MailboxView;
import org.govsite.interaction.PublishedLetter;
import org.govsite.publish.HomeMailboxes;
import org.govsite.publish.SitePage;
import org.govsite.publish.SitePage.Href;
import org.govsite.publish.SitePage.Section;
import org.govsite.publish.SitePageSource;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 互动交流 as published pages of the site, in its theme: 答复选登 (the replies a reviewer passed for
 * publishing, a page each, under their mailbox) and the 知识库's published entries. Only what
 * {@link PublishedLetter} and {@link KnowledgeEntry} carry is shown: the writer as surname and
 * 先生/女士, never a phone, email or ID number. Publishing escapes every text.
 * <p>
 * It also gives the home page's 互动交流 block its mailboxes and the 答复选登 page.
 */
@Component
public class ReplyPages implements SitePageSource, HomeMailboxes {

	static final String FOLDER = "hudong/";

	static final String INDEX = FOLDER + "index.html";

	static final String KNOWLEDGE = FOLDER + "zhishi/index.html";

	/** The newest replies of a mailbox on its list; older ones stay on their own pages' site search. */
	static final int LISTED = 200;

	private final MailboxStore mailboxes;

	private final org.govsite.interaction.Letters shown;

	private final KnowledgeStore entries;

	private final Clock clock;

	ReplyPages(MailboxStore mailboxes, org.govsite.interaction.Letters shown, KnowledgeStore entries, Clock clock) {
		this.clock = clock;
		this.mailboxes = mailboxes;
		this.shown = shown;
		this.entries = entries;
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
		Href index = Href.page("答复选登", INDEX, null);
		List<Section> sections = new ArrayList<>();
		LocalDate newest = LocalDate.EPOCH;
		for (MailboxView mailbox : open) {
			List<PublishedLetter> replies = shown.published(mailbox.id(), 1, LISTED);
			List<Href> links = new ArrayList<>();
			for (PublishedLetter letter : replies) {
				pages.add(letterPage(letter, mailbox, index));
				links.add(Href.page(letter.subject(), letterPath(letter.id()), "答复日期 " + letter.repliedOn()));
				newest = later(newest, letter.repliedOn());
			}
			links.add(Href.platform("写信", "/letters/write?mailbox=" + mailbox.id()));
			sections.add(Section.of(mailbox.name(), links, replies.isEmpty() ? "暂无公开的答复。" : null));
		}
		if (!knowledge.isEmpty()) {
			sections.add(Section.of("知识库", List.of(Href.page("常见问题解答", KNOWLEDGE, knowledge.size() + " 条")), null));
			newest = later(newest, knowledgePages(knowledge, pages));
		}
		pages.add(new SitePage(INDEX, "答复选登", "来信人同意公开、经审核的答复；查询信件请使用查询码。", List.of(), sections,
				newest.equals(LocalDate.EPOCH) ? LocalDate.now(clock) : newest));
		return pages;
	}

	private static SitePage letterPage(PublishedLetter letter, MailboxView mailbox, Href index) {
		SitePage.Table facts = new SitePage.Table("信件信息", List.of(), List.of(
				row("信箱", mailbox.name()), row("来信人", letter.writer()), row("受理日期", letter.receivedOn().toString()),
				row("答复日期", letter.repliedOn().toString()), row("答复部门", letter.replyingUnit())));
		List<Section> sections = List.of(new Section("来信内容", paragraphs(letter.content()), List.of(), List.of(facts), null),
				new Section("答复内容", paragraphs(letter.reply()), List.of(), List.of(), null));
		return new SitePage(letterPath(letter.id()), letter.subject(), null, List.of(index), sections, letter.repliedOn());
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
