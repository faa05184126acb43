package org.govsite.content.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 一键排版 gives every body the same shape, with classes only. */
class TypesetterTests {

	final Typesetter typesetter = new Typesetter();

	@Test
	void paragraphsLoseTheirTypedIndentAndEmptyOnesGo() {
		String typeset = typesetter.typeset("<p>\u3000\u3000第一段。</p><p>&nbsp;</p><div>  第二段。</div>");

		assertThat(typeset).isEqualTo("<div class=\"gs-typeset\"><p>第一段。</p><p>第二段。</p></div>");
	}

	@Test
	void picturesAlignmentHeadingsAndTablesAreKept() {
		String typeset = typesetter.typeset("<h2>一、总体要求</h2><p><img src=\"attachment:3\" alt=\"图\"></p>"
				+ "<p class=\"gs-align-right\">县人民政府办公室</p><table><tbody><tr><td>甲</td></tr></tbody></table>");

		assertThat(typeset).isEqualTo("<div class=\"gs-typeset\"><h2>一、总体要求</h2>"
				+ "<p class=\"gs-image\"><img src=\"attachment:3\" alt=\"图\"></p><p class=\"gs-align-right\">县人民政府办公室</p>"
				+ "<table><tbody><tr><td>甲</td></tr></tbody></table></div>");
	}

	@Test
	void typesettingTwiceChangesNothing() {
		String once = typesetter.typeset("<p>　正文</p><p class=\"gs-align-center\">标题</p>");

		assertThat(typesetter.typeset(once)).isEqualTo(once);
	}
}
