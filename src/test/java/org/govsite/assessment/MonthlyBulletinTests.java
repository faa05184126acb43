package org.govsite.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.govsite.assessment.internal.MonthlyBulletin;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The monthly bulletin names the month, counts the group, ranks the sites and names the ones flagged. */
class MonthlyBulletinTests {

	@Test
	void writesTheMonthsFiguresRankingAndFlaggedSites() throws Exception {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/assessment");
		messages.setDefaultEncoding("UTF-8");
		LocalDate day = LocalDate.of(2026, 12, 31);
		List<RankedSite> ranking = List.of(
				new RankedSite(1, 1, "示例县人民政府", new SiteScore(1, day, Verdict.PASS, new BigDecimal("92.50"), List.of(), false), 2,
						false),
				new RankedSite(2, 2, "示例县教育局", new SiteScore(2, day, Verdict.FAIL, null, List.of(Veto.UNREACHABLE), false), 5,
						true));

		byte[] docx = new MonthlyBulletin(messages).write(YearMonth.of(2026, 12), day, ranking);

		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			String text = extractor.getText();
			assertThat(text).contains("2026年12月政府网站检查情况通报")
				.contains("截至2026年12月31日，全站群共检查 2 个网站，合格 1 个，不合格 1 个，其中触发单项否决 1 个；尚有 7 个问题待整改。")
				.contains("92.50")
				.contains("站点无法访问")
				.contains("请主办单位负责人说明情况并限期整改：示例县教育局。");
			assertThat(document.getTables()).singleElement().satisfies(table -> assertThat(table.getRows()).hasSize(3));
		}
	}
}
