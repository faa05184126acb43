package org.govsite.publish.internal;

import org.jspecify.annotations.Nullable;

/**
 * The theme's files as published, each name carrying a hash of its content
 * ({@code assets/site.3f9a1c2b7d.css}), so that browsers may keep them for a year; {@code icon} is
 * the site's own favicon ({@link SiteIcon}), the emblem until a site's is known; {@code palette} the
 * style sheet of the site's palette, if not the theme's own red.
 */
public record AssetNames(String css, String js, String emblem, String badge, String report, String icon,
		String blue, @Nullable String palette) {

	/** The same files with the site's own icon. */
	public AssetNames withIcon(String siteIcon) {
		return new AssetNames(css, js, emblem, badge, report, siteIcon, blue, palette);
	}

	/** The same files with the style sheet of the site's palette after the theme's ({@code null}: the theme's red). */
	public AssetNames withPalette(@Nullable String paletteCss) {
		return new AssetNames(css, js, emblem, badge, report, icon, blue, paletteCss);
	}
}
