package org.govsite.disclosure;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.govsite.content.ContentRuleViolation;
import org.govsite.content.DisclosureMetadata;
import org.govsite.content.DocumentContent;
import org.govsite.content.DocumentLibrary;
import org.govsite.content.ReviewWorkflow;
import org.govsite.content.Validity;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.publish.internal.HtmlChecker;
import org.govsite.test.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Issue 16 part 1: a policy repealed (废止) names the document that replaces it; its published page
 * says so and links it, and the catalogue's 有效性 page lists it. A bad replacement is refused with
 * a Chinese reason and nothing is stored.
 */
@IntegrationTest
class PolicyReplacementTests {

	/** Markup in a title must reach the page as text. */
	private static final String NEW_TITLE = "关于印发《政务公开工作规范（2026年修订）》的通知<b>&</b>";

	@Autowired
	PublishFixtures publishing;

	@Autowired
	DocumentLibrary library;

	@Autowired
	ReviewWorkflow workflow;

	@Autowired
	MessageSource messages;

	@Test
	void aRepealedPolicyLinksItsReplacementOnItsPageAndInTheCatalogue() {
		TestSite site = publishing.onlineSite();
		long old = publishing.policyWithInterpretation(site)[0];
		long replacement = publishing.policyWithInterpretation(site)[0];
		DisclosureMetadata kept = site.editor().run(() -> library.get(replacement).content().disclosure());
		release(site, replacement, DocumentContent.of(NEW_TITLE, "<p>修订后的规范。</p>").withDisclosure(kept));

		// still 有效: there is nothing to replace it yet
		assertRefused(site, old, replacement, "content.replacement.stillValid");

		release(site, old, withValidity(site, old, Validity.REPEALED));
		assertRefused(site, old, old, "content.replacement.itself");
		assertRefused(site, old, 999_999_999L, "content.replacement.unknown");
		assertThat(site.editor().run(() -> library.replacement(old))).isEmpty();

		site.editor().run(() -> library.setReplacement(old, replacement));
		publishing.publishQueued();
		assertThat(site.editor().run(() -> library.replacement(old))).contains(replacement);

		Map<String, String> files = publishing.files(site.code());
		String raw = html(files, "art/" + old / 1000 + "/t" + old + ".html");
		assertThat(raw).doesNotContain("<b>&</b>");
		Element notice = Jsoup.parse(raw).selectFirst(".gs-validity-replacement");
		assertThat(notice).isNotNull();
		assertThat(notice.text()).isEqualTo("本文件已废止，请参见《" + NEW_TITLE + "》");
		assertThat(notice.select("a").attr("href")).isEqualTo("../../art/" + replacement / 1000 + "/t" + replacement + ".html");

		assertThat(Jsoup.parse(html(files, "disclosure/validity.html")).select(".gs-items a").eachText())
			.containsExactly("有效", "废止");
		Document validity = Jsoup.parse(html(files, "disclosure/validity/repealed.html"));
		Element row = validity.selectFirst("section:has(h2:containsOwn(废止)) tbody tr");
		assertThat(row).isNotNull();
		assertThat(validity.select("section:has(h2:containsOwn(废止)) thead th").eachText()).last().isEqualTo("替代或修改文件");
		assertThat(row.select("td").last().text()).isEqualTo("《" + NEW_TITLE + "》");
		assertThat(row.select("td").last().select("a").attr("href"))
			.isEqualTo("../../art/" + replacement / 1000 + "/t" + replacement + ".html");

		// the replacement amended in turn cannot name the document it replaced: that would be a cycle
		release(site, replacement, withValidity(site, replacement, Validity.AMENDED));
		assertRefused(site, replacement, old, "content.replacement.cycle");
		assertThat(site.editor().run(() -> library.replacement(replacement))).isEmpty();
	}

	private void assertRefused(TestSite site, long documentId, long target, String code) {
		ContentRuleViolation refused = catchThrowableOfType(ContentRuleViolation.class,
				() -> site.editor().run(() -> library.setReplacement(documentId, target)));
		assertThat(refused).as(code).isNotNull();
		assertThat(refused.code()).isEqualTo(code);
		assertThat(messages.getMessage(refused.code(), refused.arguments(), Locale.SIMPLIFIED_CHINESE))
			.containsPattern("\\p{IsHan}{4,}");
	}

	private DocumentContent withValidity(TestSite site, long documentId, Validity validity) {
		DocumentContent content = site.editor().run(() -> library.get(documentId).content());
		DisclosureMetadata d = content.disclosure();
		assertThat(d).isNotNull();
		return content.withDisclosure(new DisclosureMetadata(d.indexNumber(), d.subjectCategory(), d.documentNumber(),
				d.issuer(), d.writtenOn(), d.disclosedOn(), d.effectiveOn(), d.effectLevel(), validity, d.mode(),
				d.subjectWords(), d.overview()));
	}

	/** A new version, reviewed and live. */
	private void release(TestSite site, long documentId, DocumentContent content) {
		site.editor().run(() -> {
			library.save(documentId, content);
			workflow.submit(documentId, true);
		});
		site.reviewer().run(() -> workflow.approve(documentId, null));
		publishing.publishQueued();
	}

	private static String html(Map<String, String> files, String path) {
		assertThat(files).containsKey(path);
		String html = new String(files.get(path).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
		assertThat(HtmlChecker.errors(html)).as(path).isEmpty();
		return html;
	}
}
