package org.govsite.interaction.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.govsite.interaction.InterviewState;
import org.govsite.interaction.InterviewView;
import org.govsite.interaction.TranscriptEntry;
import org.govsite.publish.SitePage;
import org.govsite.publish.SitePage.Href;
import org.govsite.publish.SitePage.Section;
import org.govsite.publish.SitePageSource;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 在线访谈 archived, as published pages of the site in its theme (folder {@code fangtan/}): a list of
 * the archived interviews and a page each with its notice and whole transcript, readable when the
 * application is down. The database keeps its own archived copy, which the public role serves at
 * {@code /letters/interviews/{id}}. Publishing escapes every text; a picture is a link to its address.
 */
@Component
public class InterviewPages implements SitePageSource {

	static final String FOLDER = "fangtan/";

	static final String INDEX = FOLDER + "index.html";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final InterviewStore interviews;

	private final Clock clock;

	InterviewPages(InterviewStore interviews, Clock clock) {
		this.interviews = interviews;
		this.clock = clock;
	}

	/** Where an archived interview's page is, relative to its site's home. */
	public static String path(long interviewId) {
		return FOLDER + interviewId + ".html";
	}

	@Override
	public String folder() {
		return FOLDER;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SitePage> pages(long siteId) {
		List<InterviewView> archived = interviews.ofSites(List.of(siteId)).stream()
			.filter(interview -> interview.state() == InterviewState.ARCHIVED).toList();
		if (archived.isEmpty()) {
			return List.of();
		}
		ZoneId zone = clock.getZone();
		Href index = Href.page("在线访谈", INDEX, null);
		List<SitePage> pages = new ArrayList<>();
		List<Href> links = new ArrayList<>();
		LocalDate newest = LocalDate.EPOCH;
		for (InterviewView interview : archived) {
			LocalDate day = interview.endedOn() != null ? interview.endedOn() : interview.startsAt().atZone(zone).toLocalDate();
			pages.add(page(interview, interviews.entries(interview.id(), 0), index, day, zone));
			links.add(Href.page(interview.title(), path(interview.id()), TIME.format(interview.startsAt().atZone(zone))));
			newest = day.isAfter(newest) ? day : newest;
		}
		pages.add(new SitePage(INDEX, "在线访谈", "已归档的在线访谈及其完整实录。", List.of(), List.of(Section.of("访谈存档", links, null)),
				newest));
		return pages;
	}

	private static SitePage page(InterviewView interview, List<TranscriptEntry> transcript, Href index, LocalDate day, ZoneId zone) {
		List<String> lines = new ArrayList<>();
		List<Href> pictures = new ArrayList<>();
		for (TranscriptEntry entry : transcript) {
			lines.add(entry.speaker() + "：" + entry.text());
			String picture = entry.pictureUrl();
			if (picture != null && !picture.startsWith("//")) {
				pictures.add(picture.startsWith("/") ? Href.platform(entry.speaker() + " 的图片", picture)
						: Href.external(entry.speaker() + " 的图片", picture));
			}
		}
		List<Section> sections = new ArrayList<>();
		sections.add(new Section("访谈预告", ReplyPages.paragraphs(interview.notice()), List.of(), List.of(), null));
		sections.add(new Section("访谈实录", lines, List.of(), List.of(), lines.isEmpty() ? "本次访谈没有实录。" : null));
		if (!pictures.isEmpty()) {
			sections.add(Section.of("图片", pictures, null));
		}
		return new SitePage(path(interview.id()), interview.title(),
				"嘉宾：" + interview.guests() + "　访谈时间：" + TIME.format(interview.startsAt().atZone(zone)), List.of(index), sections,
				day);
	}
}
