package org.govsite.publish.internal;

import java.nio.charset.StandardCharsets;

import org.govsite.site.SitePageFacts;
import org.jspecify.annotations.Nullable;

/**
 * A site's own favicon, so that a reader with tabs of the portal and of several departments open
 * tells them apart: the site's distinctive character on the theme's colour. A department's is the
 * first character after its government's name (示例县教育局 → 教), a portal's the first of its name.
 */
final class SiteIcon {

	private SiteIcon() {
	}

	/** The published path of the site's icon (in {@code assets/}, named by its content). */
	static String path(SitePageFacts site, @Nullable SitePageFacts portal) {
		return ThemeAssets.path("icon", "svg", svg(site, portal));
	}

	static byte[] svg(SitePageFacts site, @Nullable SitePageFacts portal) {
		String mark = Html.escape(mark(site.name(), portal == null ? null : portal.name()));
		return ("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\"><rect width=\"64\" height=\"64\" rx=\"12\" fill=\"#a3120f\"/>"
				+ "<text x=\"32\" y=\"46\" fill=\"#fff\" font-size=\"40\" font-weight=\"700\" text-anchor=\"middle\""
				+ " font-family=\"sans-serif\">" + mark + "</text></svg>").getBytes(StandardCharsets.UTF_8);
	}

	static String mark(String name, @Nullable String portalName) {
		int common = 0;
		if (portalName != null) {
			while (common < name.length() - 1 && common < portalName.length() && name.charAt(common) == portalName.charAt(common)) {
				common++;
			}
		}
		return name.isEmpty() ? "政" : name.substring(common, name.offsetByCodePoints(common, 1));
	}
}
