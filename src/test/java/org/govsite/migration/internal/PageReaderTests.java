package org.govsite.migration.internal;

import java.nio.charset.Charset;
import java.time.LocalDate;

import org.govsite.migration.CrawlRules;
import org.govsite.migration.PageKind;
import org.govsite.migration.PageReading;
import org.govsite.platform.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading old sites' pages: charsets, list or detail, and the fields of a document. */
class PageReaderTests {

	static final Charset GBK = Charset.forName("GBK");

	static final String DETAIL = """
			<html><head><title>关于印发实施方案的通知_政策文件_旧县人民政府</title></head><body>
			<div class="bread"><a href="/">首页</a> &gt; <a href="/zwgk/zcwj/">政策文件</a></div>
			<div class="title">关于印发实施方案的通知</div>
			<div class="meta">发布日期：2019年11月5日 信息来源：县发展改革局 浏览次数：12</div>
			<div id="zoom"><p>各乡镇人民政府，县直各单位：现将实施方案印发给你们，请结合实际认真贯彻落实。执行中遇到的问题，请及时报告县发展改革局。</p>
			<p><img src="../../images/a.jpg"> 附件：<a href="P0201911.docx">实施方案.docx</a></p></div>
			<a href="https://other.example.gov.cn/x.html">其他网站</a><a href="/zwgk/zcwj/index_1.html#top">下一页</a>
			</body></html>""";

	@Test
	void aDetailPageGivesItsTitleDateSourceBodyAndFiles() {
		PageReading reading = new PageReader(CrawlRules.defaults()).read("http://old.gov.cn/zwgk/zcwj/201911/t20191105_77.html", DETAIL);

		assertThat(reading.kind()).isEqualTo(PageKind.DETAIL);
		assertThat(reading.section()).isEqualTo("/zwgk/zcwj/");
		assertThat(reading.title()).isEqualTo("关于印发实施方案的通知");
		assertThat(reading.date()).isEqualTo(LocalDate.of(2019, 11, 5));
		assertThat(reading.source()).isEqualTo("县发展改革局");
		assertThat(reading.body()).contains("现将实施方案印发给你们", "src=\"http://old.gov.cn/zwgk/images/a.jpg\"");
		assertThat(reading.attachments()).containsExactly("http://old.gov.cn/zwgk/zcwj/201911/P0201911.docx");
		assertThat(reading.links()).containsExactly("http://old.gov.cn/", "http://old.gov.cn/zwgk/zcwj/",
				"http://old.gov.cn/zwgk/zcwj/index_1.html");
	}

	@Test
	void theOperatorsSelectorsWinAndAPageWithoutPatternIsJudgedByItsStructure() {
		CrawlRules rules = new CrawlRules("", "", "", ".title", ".meta", "", "#zoom");
		PageReading reading = new PageReader(rules).read("http://old.gov.cn/show.aspx?id=77", DETAIL);

		assertThat(reading.kind()).as("a long text with a date").isEqualTo(PageKind.DETAIL);
		assertThat(reading.title()).isEqualTo("关于印发实施方案的通知");
		assertThat(reading.section()).isEqualTo("/");

		StringBuilder list = new StringBuilder("<html><body><ul>");
		for (int i = 0; i < 12; i++) {
			list.append("<li><a href=\"/show.aspx?id=").append(i).append("\">第").append(i).append("条</a></li>");
		}
		assertThat(new PageReader(rules).read("http://old.gov.cn/list.aspx?c=3", list + "</ul></body></html>").kind())
			.isEqualTo(PageKind.LIST);
	}

	@Test
	void excludedAndForeignAddressesAreNotFollowedAndABadPatternIsRefusedInChinese() {
		PageReader reader = new PageReader(CrawlRules.defaults());
		assertThat(reader.follows("http://old.gov.cn/search.jsp?q=1")).isFalse();
		assertThat(reader.follows("http://old.gov.cn/xwdt/")).isTrue();
		assertThat(PageReader.normalized("ftp://old.gov.cn/a", "old.gov.cn")).isNull();
		assertThat(PageReader.normalized("http://OLD.gov.cn/a#b", "old.gov.cn")).isEqualTo("http://OLD.gov.cn/a");
		assertThatThrownBy(() -> new CrawlRules("([", "", "", "", "", "", "")).isInstanceOf(RuleViolation.class)
			.extracting("code").isEqualTo("migration.rules.pattern");
	}

	@Test
	void theCharsetComesFromTheHeaderTheMetaTagOrTheBytes() {
		String text = "<html><head><title>通知公告</title></head><body><p>" + "为切实做好冬季防火工作，县政府有关部门认真研究部署。".repeat(4)
				+ "</p></body></html>";
		byte[] gbk = text.getBytes(GBK);

		assertThat(PageDecoder.decode(gbk, "text/html; charset=GBK").text()).isEqualTo(text);
		String meta = text.replace("<head>", "<head><meta charset=\"gb2312\">");
		assertThat(PageDecoder.decode(meta.getBytes(GBK), "text/html").text()).isEqualTo(meta);
		PageDecoder.Decoded detected = PageDecoder.decode(gbk, "text/html");
		assertThat(detected.text()).isEqualTo(text);
		assertThat(detected.charset().name()).isEqualTo("GB18030");
		assertThat(PageDecoder.decode(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "").text()).isEqualTo(text);
	}

	@Test
	void sectionsLeaveOutDateFolders() {
		assertThat(PageReader.section("http://old.gov.cn/xwdt/tzgg/202001/t20200102_1.html")).isEqualTo("/xwdt/tzgg/");
		assertThat(PageReader.section("http://old.gov.cn/art/2020/1/2/art_12_345.html")).isEqualTo("/");
		assertThat(PageReader.section("http://old.gov.cn/xwdt/")).isEqualTo("/xwdt/");
	}
}
