package org.govsite.content;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A site's 一键排版 settings: how its theme styles a typeset body ({@code .gs-typeset}). Values
 * are within the ranges below, so a theme may print them into CSS as they are.
 *
 * @param font the body font, from a safe list
 * @param fontSizePx the body text size in pixels, {@value #MIN_FONT_SIZE} to {@value #MAX_FONT_SIZE}
 * @param firstLineIndentEm the first-line indent in characters (em), 0 to 4
 * @param lineHeight the line height as a multiple of the size, 1 to 3
 * @param paragraphSpacingEm the space after each paragraph in em, 0 to 3
 * @param own whether the site set them (else they are the platform's defaults)
 */
public record TypesettingSettings(TypesettingFont font, int fontSizePx, BigDecimal firstLineIndentEm,
		BigDecimal lineHeight, BigDecimal paragraphSpacingEm, boolean own) {

	public static final int MIN_FONT_SIZE = 12;

	public static final int MAX_FONT_SIZE = 32;

	/** What a site that sets nothing gets: 16 px, two characters indented, 1.8 lines. */
	public static final TypesettingSettings DEFAULTS = new TypesettingSettings(TypesettingFont.SONG, 16,
			new BigDecimal("2"), new BigDecimal("1.8"), new BigDecimal("0.8"), false);

	/**
	 * The settings as CSS custom properties, for a theme to put on {@code .gs-typeset} (or
	 * {@code :root}) and use in its rules: {@code --gs-font-family}, {@code --gs-font-size},
	 * {@code --gs-text-indent}, {@code --gs-line-height}, {@code --gs-paragraph-spacing}.
	 */
	public Map<String, String> cssCustomProperties() {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("--gs-font-family", font.cssStack());
		properties.put("--gs-font-size", fontSizePx + "px");
		properties.put("--gs-text-indent", firstLineIndentEm.stripTrailingZeros().toPlainString() + "em");
		properties.put("--gs-line-height", lineHeight.stripTrailingZeros().toPlainString());
		properties.put("--gs-paragraph-spacing", paragraphSpacingEm.stripTrailingZeros().toPlainString() + "em");
		return properties;
	}

	/** The custom properties as one CSS declaration block's content, e.g. for a {@code style} element. */
	public String cssDeclarations() {
		StringBuilder css = new StringBuilder();
		cssCustomProperties().forEach((name, value) -> css.append(name).append(": ").append(value).append("; "));
		return css.toString().strip();
	}
}
