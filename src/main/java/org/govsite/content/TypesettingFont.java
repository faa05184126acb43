package org.govsite.content;

/**
 * The body fonts a site may choose for 一键排版: common Chinese typefaces, each as a CSS font stack
 * that ends in a generic family, so every reader gets a sensible face whatever is installed.
 */
public enum TypesettingFont {

	/** 宋体 */
	SONG("\"SimSun\", \"Songti SC\", \"Noto Serif CJK SC\", serif"),

	/** 仿宋 (the face of official documents) */
	FANGSONG("\"FangSong\", \"STFangsong\", \"FangSong_GB2312\", serif"),

	/** 楷体 */
	KAI("\"KaiTi\", \"STKaiti\", \"KaiTi_GB2312\", serif"),

	/** 黑体 */
	HEI("\"SimHei\", \"Heiti SC\", \"Noto Sans CJK SC\", sans-serif"),

	/** 微软雅黑 */
	YAHEI("\"Microsoft YaHei\", \"PingFang SC\", \"Noto Sans CJK SC\", sans-serif"),

	/** the reader's own sans-serif */
	SYSTEM("system-ui, sans-serif");

	private final String cssStack;

	TypesettingFont(String cssStack) {
		this.cssStack = cssStack;
	}

	/** The value of a CSS {@code font-family} property. */
	public String cssStack() {
		return cssStack;
	}
}
