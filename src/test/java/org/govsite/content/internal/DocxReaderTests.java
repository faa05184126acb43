package org.govsite.content.internal;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A Word document read as a clean body: structure kept, Word's formatting left behind, hostile files refused. */
class DocxReaderTests {

	@Test
	void headingsParagraphsListsTablesAndPicturesBecomeHtml() throws IOException {
		DocxReader.Read read = DocxReader.read(Docx.notice(FileTypesTests.PNG));

		assertThat(read.title()).isEqualTo("关于做好春耕生产工作的通知");
		assertThat(read.body()).contains("<h2>一、总体要求</h2>", "<p>各乡镇要<strong>高度重视</strong>春耕生产。</p>",
				"<h3>（一）工作重点</h3>", "<ul><li>种子供应</li><li>农机检修</li></ul>",
				"<thead><tr><th scope=\"col\">乡镇</th><th scope=\"col\">面积（亩）</th><th scope=\"col\">备注</th></tr></thead>",
				"<tbody><tr><td>城关镇</td><td>1200</td><td rowspan=\"2\">同上</td></tr><tr><td>东坝乡</td><td>800</td></tr></tbody>",
				"<p><img src=\"picture:0\" alt=\"", "<p class=\"gs-align-right\">县农业农村局</p>");
		assertThat(read.body()).doesNotContain("关于做好春耕生产工作的通知", "仿宋", "黑体", "FF0000", "font", "style", "<span");
		assertThat(read.pictures()).singleElement().satisfies(picture -> {
			assertThat(picture.data()).isEqualTo(FileTypesTests.PNG);
			assertThat(picture.fileName()).endsWith(".png");
		});
	}

	@Test
	void anExternalEntityIsNeverResolved() {
		byte[] hostile = Docx.withExternalEntity(Docx.notice(FileTypesTests.PNG));

		// POI's parser refuses the document type declaration; were it read, the file's content must not be in it
		try {
			DocxReader.Read read = DocxReader.read(hostile);
			assertThat(read.body()).doesNotContain(hostname());
		}
		catch (IOException | RuntimeException refused) {
			assertThat(refused).isNotNull();
		}
	}

	@Test
	void aZipBombIsRefusedBeforeItIsInflated() {
		byte[] bomb = Docx.bomb(Docx.notice(FileTypesTests.PNG));
		assertThat(bomb.length).isLessThan(1024 * 1024);

		assertThatThrownBy(() -> DocxReader.read(bomb)).hasStackTraceContaining("Zip bomb");
	}

	@Test
	void garbageIsRefused() {
		assertThatThrownBy(() -> DocxReader.read("不是 Word 文档".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.isInstanceOfAny(IOException.class, RuntimeException.class);
	}

	private static String hostname() {
		try {
			return java.nio.file.Files.readString(java.nio.file.Path.of("/etc/hostname")).strip();
		}
		catch (IOException e) {
			return "no-hostname-file";
		}
	}
}
