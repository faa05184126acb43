package org.govsite.publish.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Each site's theme, built once and kept until the site's templates change. Sites without
 * overrides share the default theme.
 */
@Component
public class Themes {

	private final TemplateStore templates;

	private final Theme standard = new Theme(Map.of());

	private final Map<Long, Theme> bySite = new ConcurrentHashMap<>();

	private final ThemeAssets assets = new ThemeAssets();

	Themes(TemplateStore templates) {
		this.templates = templates;
	}

	public Theme forSite(long siteId) {
		return bySite.computeIfAbsent(siteId, id -> {
			Map<String, String> overrides = templates.current(id);
			return overrides.isEmpty() ? standard : new Theme(overrides);
		});
	}

	/** Forgets a site's theme after its templates changed (on this node; others reread per job). */
	public void changed(long siteId) {
		bySite.remove(siteId);
	}

	/** Forgets every site's theme, so that each job reads its site's templates afresh. */
	public void forgetAll() {
		bySite.clear();
	}

	public ThemeAssets assets() {
		return assets;
	}
}
