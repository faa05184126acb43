package org.govsite.publish.internal;

import org.govsite.publish.Palette;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Each site's palette (no row: the theme's red). */
@Component
public class SitePaletteStore {

	private final JdbcClient jdbc;

	SitePaletteStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Palette of(long siteId) {
		return jdbc.sql("select palette from publish_site_palette where site_id = :site")
			.param("site", siteId)
			.query(String.class)
			.optional()
			.map(Palette::valueOf)
			.orElse(Palette.RED);
	}

	public void set(long siteId, Palette palette) {
		jdbc.sql("insert into publish_site_palette (site_id, palette) values (:site, :palette)"
				+ " on conflict (site_id) do update set palette = excluded.palette")
			.param("site", siteId)
			.param("palette", palette.name())
			.update();
	}
}
