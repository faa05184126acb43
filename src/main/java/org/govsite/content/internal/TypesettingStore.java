package org.govsite.content.internal;

import java.math.BigDecimal;

import org.govsite.content.ContentRuleViolation;
import org.govsite.content.SiteTypesetting;
import org.govsite.content.TypesettingFont;
import org.govsite.content.TypesettingSettings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The sites' 一键排版 settings ({@code content_typesetting}), checked against their ranges when set. */
@Component
@Transactional(readOnly = true)
public class TypesettingStore implements SiteTypesetting {

	private final JdbcClient jdbc;

	TypesettingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public TypesettingSettings typesetting(long siteId) {
		return jdbc.sql("""
				select font_family, font_size_px, first_line_indent, line_height, paragraph_spacing
				from content_typesetting where site_id = ?""")
			.param(siteId)
			.query((rs, n) -> new TypesettingSettings(font(rs.getString(1)), rs.getInt(2), rs.getBigDecimal(3),
					rs.getBigDecimal(4), rs.getBigDecimal(5), true))
			.optional()
			.orElse(TypesettingSettings.DEFAULTS);
	}

	@Transactional
	public void set(long siteId, TypesettingSettings settings) {
		check(settings);
		jdbc.sql("""
				insert into content_typesetting (site_id, font_family, font_size_px, first_line_indent, line_height,
				    paragraph_spacing) values (?, ?, ?, ?, ?, ?)
				on conflict (site_id) do update set font_family = excluded.font_family,
				    font_size_px = excluded.font_size_px, first_line_indent = excluded.first_line_indent,
				    line_height = excluded.line_height, paragraph_spacing = excluded.paragraph_spacing""")
			.params(siteId, settings.font().name(), settings.fontSizePx(), settings.firstLineIndentEm(),
					settings.lineHeight(), settings.paragraphSpacingEm())
			.update();
	}

	@Transactional
	public void clear(long siteId) {
		jdbc.sql("delete from content_typesetting where site_id = ?").param(siteId).update();
	}

	/** The ranges, so that a theme can print the values into CSS as they are. */
	static void check(TypesettingSettings settings) {
		if (settings.fontSizePx() < TypesettingSettings.MIN_FONT_SIZE
				|| settings.fontSizePx() > TypesettingSettings.MAX_FONT_SIZE) {
			throw new ContentRuleViolation("content.field.fontSizePx.range", TypesettingSettings.MIN_FONT_SIZE,
					TypesettingSettings.MAX_FONT_SIZE);
		}
		within(settings.firstLineIndentEm(), "0", "4", "firstLineIndentEm");
		within(settings.lineHeight(), "1", "3", "lineHeight");
		within(settings.paragraphSpacingEm(), "0", "3", "paragraphSpacingEm");
	}

	private static void within(BigDecimal value, String min, String max, String field) {
		if (value.compareTo(new BigDecimal(min)) < 0 || value.compareTo(new BigDecimal(max)) > 0) {
			throw new ContentRuleViolation("content.field." + field + ".range", min, max);
		}
	}

	/** A font no longer offered reads as the default. */
	private static TypesettingFont font(String name) {
		for (TypesettingFont font : TypesettingFont.values()) {
			if (font.name().equals(name)) {
				return font;
			}
		}
		return TypesettingSettings.DEFAULTS.font();
	}
}
