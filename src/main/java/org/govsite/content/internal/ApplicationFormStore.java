package org.govsite.content.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.govsite.content.ApplicationFormView;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The publishing application forms and the sites and channels that require them. */
@Component
public class ApplicationFormStore {

	/** A requirement: the site's, or one channel's. */
	public record Rule(long id, long siteId, @Nullable Long channelId, @Nullable String approver) {
	}

	private static final RowMapper<ApplicationFormView> FORM = (rs, row) -> new ApplicationFormView(rs.getLong("id"),
			rs.getLong("document_id"), rs.getInt("document_version"), rs.getString("applicant"),
			rs.getString("applicant_unit"), rs.getString("applicant_phone"), rs.getString("subject"),
			rs.getString("channels"), rs.getString("reason"), rs.getBoolean("secrecy_checked"),
			rs.getObject("filled_at", OffsetDateTime.class).toInstant(), rs.getString("approver"),
			rs.getString("signed_by"), instant(rs.getObject("signed_at", OffsetDateTime.class)), rs.getString("sign_note"));

	private final JdbcClient jdbc;

	ApplicationFormStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The rule that binds a document of the site placed in these channels: a channel's own rule
	 * first (it may name another approver), else the site's; empty when none requires the form.
	 */
	public Optional<Rule> ruleFor(long siteId, Collection<Long> channelIds) {
		return jdbc.sql("""
				select id, site_id, channel_id, approver from content_application_rule
				where (site_id = :site and channel_id is null) or channel_id in (:channels)
				order by channel_id nulls last, id
				""")
			.param("site", siteId)
			.param("channels", channelIds.isEmpty() ? List.of(-1L) : channelIds)
			.query((rs, row) -> new Rule(rs.getLong("id"), rs.getLong("site_id"), (Long) rs.getObject("channel_id"),
					rs.getString("approver")))
			.list()
			.stream()
			.findFirst();
	}

	public List<Rule> rules(long siteId) {
		return jdbc.sql("select id, site_id, channel_id, approver from content_application_rule where site_id = :site order by channel_id nulls first, id")
			.param("site", siteId)
			.query((rs, row) -> new Rule(rs.getLong("id"), rs.getLong("site_id"), (Long) rs.getObject("channel_id"),
					rs.getString("approver")))
			.list();
	}

	public void setRule(long siteId, @Nullable Long channelId, @Nullable String approver) {
		jdbc.sql("""
				insert into content_application_rule (site_id, channel_id, approver) values (:site, :channel, :approver)
				on conflict (site_id, channel_id) do update set approver = excluded.approver
				""")
			.param("site", siteId)
			.param("channel", channelId, Types.BIGINT)
			.param("approver", approver, Types.VARCHAR)
			.update();
	}

	public boolean deleteRule(long siteId, long ruleId) {
		return jdbc.sql("delete from content_application_rule where id = :id and site_id = :site")
			.param("id", ruleId).param("site", siteId).update() > 0;
	}

	public long insert(long documentId, int version, String applicant, String unit, @Nullable String phone,
			String subject, String channels, @Nullable String reason, boolean secrecyChecked, Instant at,
			@Nullable String approver, byte[] docx) {
		return jdbc.sql("""
				insert into content_application_form (document_id, document_version, applicant, applicant_unit,
				  applicant_phone, subject, channels, reason, secrecy_checked, filled_at, approver, docx)
				values (:document, :version, :applicant, :unit, :phone, :subject, :channels, :reason, :secrecy, :at,
				  :approver, :docx)
				returning id
				""")
			.param("document", documentId).param("version", version).param("applicant", applicant)
			.param("unit", unit).param("phone", phone, Types.VARCHAR).param("subject", subject)
			.param("channels", channels).param("reason", reason, Types.VARCHAR).param("secrecy", secrecyChecked)
			.param("at", Timestamp.from(at)).param("approver", approver, Types.VARCHAR).param("docx", docx)
			.query(Long.class)
			.single();
	}

	/** The document's forms, newest first. */
	public List<ApplicationFormView> forms(long documentId) {
		return jdbc.sql("select * from content_application_form where document_id = :d order by id desc")
			.param("d", documentId).query(FORM).list();
	}

	public Optional<ApplicationFormView> latest(long documentId) {
		return forms(documentId).stream().findFirst();
	}

	public void sign(long formId, String by, @Nullable String note, Instant at, byte[] docx) {
		jdbc.sql("""
				update content_application_form set signed_by = :by, signed_at = :at, sign_note = :note, docx = :docx
				where id = :id and signed_at is null
				""")
			.param("by", by).param("at", Timestamp.from(at)).param("note", note, Types.VARCHAR).param("docx", docx)
			.param("id", formId)
			.update();
	}

	public Optional<byte[]> docx(long documentId, long formId) {
		return jdbc.sql("select docx from content_application_form where id = :id and document_id = :d")
			.param("id", formId).param("d", documentId).query(byte[].class).optional();
	}

	/** Whether the newest form of each document is signed; documents without a form are left out. */
	public Map<Long, Boolean> latestSigned(Collection<Long> documentIds) {
		if (documentIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("""
				select distinct on (document_id) document_id, signed_at is not null as signed
				from content_application_form where document_id in (:ids) order by document_id, id desc
				""")
			.param("ids", documentIds)
			.query((rs, row) -> Map.entry(rs.getLong(1), rs.getBoolean(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime at) {
		return at == null ? null : at.toInstant();
	}
}
