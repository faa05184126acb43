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
		assertThat(clean).contains("<p>正文</p>", "<img src=\"x.png\">", "链接").doesNotContain("<a");
	}

	@Test
	void wordsClipboardLosesItsStylesCommentsAndOfficeTags() {
		String clean = sanitizer.sanitize("""
				<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8">
				<title>文档1</title><style>p.MsoNormal {font-family:宋体;} @font-face {font-family:仿宋_GB2312}</style>
				<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom></w:WordDocument></xml><![endif]-->
				</head><body lang=ZH-CN style='tab-interval:21.0pt'><!--StartFragment-->
				<h1 style='mso-pagination:widow-orphan'><span style='font-size:22.0pt;font-family:方正小标宋简体'>关于做好春耕工作的通知<o:p></o:p></span></h1>
				<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0'><span lang=EN-US
				style='font-size:16.0pt;font-family:仿宋_GB2312;color:#333333;mso-bidi-font-family:"Times New Roman"'>各乡镇人民政府：</span><span
				style='font-size:16.0pt'><o:p></o:p></span></p>
				<p class=MsoListParagraph style='margin-left:18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
				style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]><b
				style='mso-bidi-font-weight:normal'><span style='font-family:黑体'>加强领导</span></b><o:p></o:p></p>
				<p class=MsoNormal align=right style='text-align:right'><span style='font-size:16.0pt'>县农业农村局</span></p>
				<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
				<p class=MsoNormal><a name="_Toc1"></a><font face="宋体" color="red">正文</font><v:shape><v:imagedata src="file:///C:/clip_image001.png"/></v:shape></p>
				<!--EndFragment--></body></html>""");

		assertThat(clean.replaceAll(">\\s+<", "><")).isEqualTo("<h2>关于做好春耕工作的通知</h2><p>各乡镇人民政府：</p>"
				+ "<p>1.&nbsp;&nbsp; <strong>加强领导</strong></p><p class=\"gs-align-right\">县农业农村局</p><p>正文</p>");
		assertThat(clean).doesNotContain("mso", "Mso", "font", "style", "Normal", "文档1", "xml", "o:p", "clip_image", "<span");
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
