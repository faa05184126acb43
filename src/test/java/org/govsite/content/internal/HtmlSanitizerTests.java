package org.govsite.content.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What editors write is cleaned to the tags of a government article. */
class HtmlSanitizerTests {

	final HtmlSanitizer sanitizer = new HtmlSanitizer();

	@Test
	void scriptsHandlersStylesAndJavascriptLinksGo() {
		String clean = sanitizer.sanitize("""
				<p style="color:red;font-family:宋体" onclick="steal()">正文<script>alert(1)</script></p>
				<img src="x.png" onerror="alert(1)"><a href="javascript:alert(1)">链接</a>
				<iframe src="https://evil.example"></iframe><form><input name="a"></form>""");

		assertThat(clean).doesNotContain("script", "onclick", "onerror", "style", "color", "javascript", "iframe", "form",
				"input");
		assertThat(clean).contains("<p>正文</p>", "<img src=\"x.png\">", "<a>链接</a>");
	}

	@Test
	void tablesPicturesAndLinksStay() {
		String clean = sanitizer.sanitize("""
				<table><thead><tr><th scope="col">项目</th></tr></thead><tbody><tr><td colspan="2">内容</td></tr></tbody></table>
				<p><img src="attachment:12" alt="现场照片"></p><p><a href="https://www.gov.cn/">中国政府网</a>
				<a href="/xxgk/index.html">本站</a><a href="mailto:web@example.gov.cn">来信</a></p>""");

		assertThat(clean).contains("<th scope=\"col\">项目</th>", "<td colspan=\"2\">内容</td>",
				"<img src=\"attachment:12\" alt=\"现场照片\">", "href=\"https://www.gov.cn/\"", "href=\"/xxgk/index.html\"",
				"href=\"mailto:web@example.gov.cn\"");
	}

	@Test
	void alignmentBecomesAClassAndWordClassesGo() {
		String clean = sanitizer.sanitize("""
				<p class="MsoNormal" style="text-align:center"><b>标题</b></p><p align="right">落款</p><h1>一级</h1>""");

		assertThat(clean).isEqualTo(
				"<p class=\"gs-align-center\"><strong>标题</strong></p><p class=\"gs-align-right\">落款</p><h2>一级</h2>");
	}

	@Test
	void dataUrisAreNotPictures() {
		assertThat(sanitizer.sanitize("<p><img src=\"data:image/png;base64,AAAA\">文字</p>")).isEqualTo("<p>文字</p>");
	}
}
