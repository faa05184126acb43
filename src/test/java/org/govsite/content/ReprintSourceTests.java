package org.govsite.content;

import java.util.List;

import org.govsite.content.ContentFixtures.Staff;
import org.govsite.identity.StaffRole;
import org.govsite.site.SiteKind;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 12 part 5: a document shown on another site than its own (转载) names its 来源 — its
 * detail page there shows it (SPEC.md §4) — so placing it there, or submitting it while placed
 * there, is refused without one.
 */
@IntegrationTest
class ReprintSourceTests {

	@Autowired
	ContentFixtures fixtures;

	@Autowired
	DocumentLibrary library;

	@Autowired
	ReviewWorkflow workflow;

	@Autowired
	Placements placements;

	@Autowired
	ContentCatalog catalog;

	@Autowired
	MessageSource messages;

	long department;

	long departmentNews;

	long portalNews;

	Staff editor;

	Staff reviewer;

	@BeforeEach
	void sites() {
		long portal = fixtures.portal();
		department = fixtures.site(SiteKind.DEPARTMENT, portal);
		departmentNews = fixtures.channel(department, "bmdt");
		portalNews = fixtures.channel(portal, "xwdt");
		editor = ContentFixtures.editor(department).with(StaffRole.EDITOR.forSite(portal));
		reviewer = ContentFixtures.reviewer(department);
	}

	@Test
	void aLiveDocumentWithoutSourceIsNotReprintedOnAnotherSite() {
		long id = fixtures.published(editor, reviewer, department, departmentNews, "部门动态");

		assertThatThrownBy(() -> editor.run(() -> placements.place(id, PlacementRequest.in(portalNews))))
			.isInstanceOfSatisfying(ContentRuleViolation.class, refusal -> {
				assertThat(refusal.code()).isEqualTo("content.field.source.reprinted");
				assertThat(refusal.field()).isEqualTo("source");
				assertThat(messages.getMessage(refusal.code(), null, java.util.Locale.SIMPLIFIED_CHINESE))
					.contains("来源");
			});

		editor.run(() -> library.save(id, withSource("部门动态", "示例县农业农村局")));
		editor.run(() -> placements.place(id, PlacementRequest.in(portalNews)));
		assertThat(catalog.placements(id)).extracting(PlacementView::channelId).contains(portalNews);
	}

	@Test
	void aDocumentPlacedOnAnotherSiteIsNotSubmittedOnceItsSourceIsRemoved() {
		long id = editor.run(() -> library.create(department, DocumentType.ARTICLE, withSource("转载稿", "示例县农业农村局")));
		editor.run(() -> placements.place(id, PlacementRequest.in(departmentNews)));
		editor.run(() -> placements.place(id, PlacementRequest.in(portalNews)));
		editor.run(() -> library.save(id, DocumentContent.of("转载稿", "<p>正文</p>")));

		assertThatThrownBy(() -> editor.run(() -> workflow.submit(id, true)))
			.isInstanceOfSatisfying(ContentRuleViolation.class,
					refusal -> assertThat(refusal.code()).isEqualTo("content.field.source.reprinted"));
	}

	@Test
	void aDocumentOfItsOwnSiteNeedsNoSource() {
		long id = fixtures.published(editor, reviewer, department, departmentNews, "本站稿件");
		assertThat(catalog.placements(id)).extracting(PlacementView::channelId).containsExactly(departmentNews);
	}

	private static DocumentContent withSource(String title, String source) {
		return new DocumentContent(title, null, "<p>正文</p>", null, source, null, null, null, List.of(), List.of(),
				null, null, false, null, false, null, null);
	}
}
