package org.govsite.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

import org.govsite.platform.RuleViolation;
import org.govsite.report.AnnualTemplate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The annual report's form: the shipped default ({@code report/annual-website-report.json}) or the one an administrator saved. */
@Repository
public class AnnualTemplateStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	AnnualTemplateStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public String body() {
		return jdbc.sql("select body from report_annual_template where id = 1").query(String.class).optional()
			.orElseGet(AnnualTemplateStore::shipped);
	}

	public AnnualTemplate current() {
		return parse(body());
	}

	/**
	 * Saves a changed form after reading it back.
	 *
	 * @throws RuleViolation {@code report.template.invalid} when it is not a form
	 */
	public void save(String body, String user, Instant now) {
		parse(body);
		jdbc.sql("""
				insert into report_annual_template (id, body, updated_by, updated_at) values (1, :body, :user, :now)
				on conflict (id) do update set body = excluded.body, updated_by = excluded.updated_by,
				  updated_at = excluded.updated_at""")
			.param("body", body)
			.param("user", user)
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
	}

	public void reset() {
		jdbc.sql("delete from report_annual_template").update();
	}

	static AnnualTemplate parse(String body) {
		AnnualTemplate template;
		try {
			template = JSON.readValue(body, AnnualTemplate.class);
		}
		catch (JacksonException | IllegalArgumentException | NullPointerException e) {
			throw new RuleViolation("report.template.invalid");
		}
		Set<String> keys = new HashSet<>();
		if (template.title() == null || template.sections() == null || template.sections().isEmpty()) {
			throw new RuleViolation("report.template.invalid");
		}
		for (AnnualTemplate.Section section : template.sections()) {
			for (AnnualTemplate.Field field : section.fields()) {
				if (field.key() == null || field.label() == null || field.type() == null || !keys.add(field.key())) {
					throw new RuleViolation("report.template.invalid");
				}
			}
		}
		return template;
	}

	static String shipped() {
		try (InputStream in = AnnualTemplateStore.class.getResourceAsStream("/report/annual-website-report.json")) {
			if (in == null) {
				throw new IllegalStateException("report/annual-website-report.json is missing");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
