package org.govsite.content.internal;

import java.util.List;

import org.govsite.content.DocumentContent;
import org.govsite.content.VersionComparison;
import org.govsite.content.VersionComparison.BodyBlock;
import org.govsite.content.VersionComparison.Change;
import org.govsite.content.VersionComparison.FieldChange;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Two versions compared: changed fields listed, the body paragraph by paragraph with del and ins. */
class VersionDiffTests {

	final VersionDiff diff = VersionDiff.labelled(value -> value instanceof Boolean yes ? (yes ? "是" : "否") : value.toString(),
			TestClock.CHINA);

	@Test
	void changedFieldsAreListedWithTheirOldAndNewValues() {
		DocumentContent before = DocumentContent.of("春耕工作会议召开", "<p>正文</p>").withReprint("县农业局", false);
		DocumentContent after = DocumentContent.of("全县春耕工作会议召开", "<p>正文</p>").withReprint("县农业农村局", false);

		VersionComparison comparison = diff.compare(7, 1, before, 2, after);

		assertThat(comparison.fields()).containsExactly(new FieldChange("title", "春耕工作会议召开", "全县春耕工作会议召开"),
				new FieldChange("source", "县农业局", "县农业农村局"));
		assertThat(comparison.bodyChanged()).isFalse();
	}

	/** The display date is shown on the platform's clock, whatever zone that is (govsite.zone), not a zone of its own. */
	@Test
	void theDisplayDateIsShownInTheZoneOfTheClock() {
		DocumentContent before = DocumentContent.of("通知", "<p>正文</p>");
		DocumentContent after = new DocumentContent("通知", null, "<p>正文</p>", null, null, null, null, null, List.of(),
				List.of(), java.time.Instant.parse("2026-05-01T01:30:00Z"), null, false, null, false, null, null);
		VersionDiff inUtc = VersionDiff.labelled(Object::toString, java.time.ZoneOffset.UTC);

		assertThat(inUtc.compare(7, 1, before, 2, after).fields())
			.containsExactly(new FieldChange("displayDate", null, "2026-05-01 01:30"));
		assertThat(diff.compare(7, 1, before, 2, after).fields())
			.containsExactly(new FieldChange("displayDate", null, "2026-05-01 09:30"));
	}

	@Test
	void theBodyIsComparedParagraphByParagraph() {
		String before = "<h2>一、总体要求</h2><p>各乡镇要高度重视。</p><p>这一段删掉。</p><p>落款</p>";
		String after = "<h2>一、总体要求</h2><p>各乡镇要高度重视春耕。</p><p>落款</p><p>新加的一段。</p>";

		List<BodyBlock> body = VersionDiff.body(before, after);

		assertThat(body).extracting(BodyBlock::change)
			.containsExactly(Change.SAME, Change.CHANGED, Change.REMOVED, Change.SAME, Change.ADDED);
		assertThat(body.get(1).html()).isEqualTo("各乡镇要高度重视<ins>春耕</ins>。");
		assertThat(body.get(2).html()).isEqualTo("<del>这一段删掉。</del>");
		assertThat(body.get(4).html()).isEqualTo("<ins>新加的一段。</ins>");
	}

	@Test
	void textIsEscapedAndTablesCompareByRow() {
		List<BodyBlock> body = VersionDiff.body("<table><tr><td>城关镇</td><td>1200</td></tr></table>",
				"<table><tr><td>城关镇</td><td>1300</td></tr></table><p>&lt;script&gt;</p>");

		assertThat(body.get(0).html()).isEqualTo("城关镇 | 1<del>2</del><ins>3</ins>00");
		assertThat(body.get(1).html()).isEqualTo("<ins>&lt;script&gt;</ins>");
	}

	@Test
	void aChangedPictureShows() {
		List<BodyBlock> body = VersionDiff.body("<p><img src=\"attachment:1\" alt=\"现场\"></p>",
				"<p><img src=\"attachment:2\" alt=\"会场\"></p>");

		assertThat(body).extracting(BodyBlock::change).containsExactly(Change.CHANGED);
		assertThat(body.get(0).html()).isEqualTo("[<del>现</del><ins>会</ins>场]");
	}
}
