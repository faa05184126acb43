package org.govsite.publish;

import java.nio.file.Files;

import org.govsite.content.ContentFixtures;
import org.govsite.content.Placements;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.site.SiteDirectory;
import org.govsite.test.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 part 5 (报送/采用): a department's document adopted by the portal shows on the portal
 * whose it is — 来源 on the page and in the ContentSource meta tag is the department (its 主办单位)
 * when the editor entered none; a 来源 entered stays as it is.
 */
@IntegrationTest
class AdoptedDocumentSourceTests {

	@Autowired
	PublishFixtures fixtures;

	@Autowired
	ContentFixtures content;

	@Autowired
	Placements placements;

	@Autowired
	SiteDirectory sites;

	@Test
	void anAdoptedDocumentNamesTheDepartmentAsItsSourceOnThePortal() throws Exception {
		TestSite portal = fixtures.onlineSite();
		TestSite department = fixtures.onlineDepartmentSite(portal);
		long documentId = content.published(department.editor(), department.reviewer(), department.id(), department.news(),
				"部门报送：全县教师培训工作启动");
		long offerId = department.editor().run(() -> placements.offer(documentId, "请门户采用"));
		portal.editor().run(() -> placements.acceptOffer(offerId, portal.news()));
		fixtures.publishQueued();

		String path = "art/" + documentId / 1000 + "/t" + documentId + ".html";
		Document onPortal = Jsoup.parse(Files.readString(fixtures.folder(portal.code()).resolve(path)));
		String sponsor = sites.pageFacts(department.id()).orElseThrow().sponsor();
		assertThat(onPortal.select(".gs-doc-meta").text()).contains("来源：" + sponsor);
		assertThat(onPortal.select("meta[name=ContentSource]").attr("content")).isEqualTo(sponsor);
		// on its own site the page names no source it was not given
		Document onDepartment = Jsoup.parse(Files.readString(fixtures.folder(department.code()).resolve(path)));
		assertThat(onDepartment.select(".gs-doc-meta").text()).doesNotContain("来源");
	}
}
