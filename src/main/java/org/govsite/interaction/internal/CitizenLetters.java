package org.govsite.interaction.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.govsite.identity.CitizenAccounts;
import org.govsite.identity.CitizenItem;
import org.govsite.identity.CitizenRecords;
import org.govsite.platform.OptionalBean;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * The letters, opinions and survey responses of citizen accounts (identity's 公众账号): marked with
 * the account signed in as they are written, with the keyed digest of the email given, and listed
 * and claimed for the account's 我的 page. Those written before the digests were kept get theirs
 * from the sealed address at the first claim.
 */
@Component
public class CitizenLetters implements CitizenRecords {

	private static final int FILL_BATCH = 500;

	private record Sealed(long id, String address) {
	}

	private final JdbcClient jdbc;

	private final OptionalBean<CitizenAccounts> citizens;

	private final MessageSource messages;

	CitizenLetters(JdbcClient jdbc, ObjectProvider<CitizenAccounts> citizens, MessageSource messages) {
		this.jdbc = jdbc;
		this.citizens = new OptionalBean<>(citizens);
		this.messages = messages;
	}

	/** Marks a new letter or opinion ({@code table}) with the signed-in account and the email's digest. */
	public void written(String table, long id, @Nullable String email) {
		if (!table.equals("interaction_letter") && !table.equals("interaction_opinion")) {
			throw new IllegalArgumentException(table);
		}
		CitizenAccounts accounts = citizens.get();
		if (accounts == null) {
			return;
		}
		Optional<Long> citizen = accounts.current().map(org.govsite.identity.Citizen::id);
		String digest = email != null && email.contains("@") ? accounts.emailDigest(email) : null;
		if (citizen.isPresent() || digest != null) {
			jdbc.sql("update " + table + " set citizen_id = ?, email_digest = ? where id = ?")
				.params(citizen.orElse(null), digest, id).update();
		}
	}

	@Override
	public List<CitizenItem> of(long citizenId) {
		List<CitizenItem> items = new ArrayList<>();
		items.addAll(jdbc.sql("select subject, state, received_at, query_code from interaction_letter where citizen_id = ?")
			.param(citizenId).query(this::letter).list());
		items.addAll(jdbc.sql("""
				select s.id, s.title, o.state, o.received_at from interaction_opinion o
				join interaction_solicitation s on s.id = o.solicitation_id where o.citizen_id = ?""")
			.param(citizenId).query(this::opinion).list());
		items.addAll(jdbc.sql("""
				select s.id, s.title, s.results_published_at, r.confirmed_at, r.submitted_at from interaction_survey_response r
				join interaction_survey s on s.id = r.survey_id where r.citizen_id = ?""")
			.param(citizenId).query(this::response).list());
		return items;
	}

	@Override
	public int claim(long citizenId, String emailDigest) {
		// identity claims through this port, so its accounts are there
		CitizenAccounts accounts = java.util.Objects.requireNonNull(citizens.get(), "citizen accounts");
		fill("interaction_letter", "email", accounts);
		fill("interaction_opinion", "contact", accounts);
		fill("interaction_survey_response", "email", accounts);
		return jdbc.sql("update interaction_letter set citizen_id = ? where citizen_id is null and email_digest = ?")
			.params(citizenId, emailDigest).update()
				+ jdbc.sql("update interaction_opinion set citizen_id = ? where citizen_id is null and email_digest = ?")
					.params(citizenId, emailDigest).update()
				+ jdbc.sql("update interaction_survey_response set citizen_id = ? where citizen_id is null and email_digest = ?")
					.params(citizenId, emailDigest).update();
	}

	/** Gives the rows written before digests were kept the digest of their sealed address ("" for none). */
	private void fill(String table, String sealedColumn, CitizenAccounts accounts) {
		List<Sealed> batch;
		do {
			batch = jdbc.sql("select id, " + sealedColumn + " from " + table + " where email_digest is null and " + sealedColumn
					+ " is not null order by id limit " + FILL_BATCH)
				.query((rs, n) -> new Sealed(rs.getLong(1), rs.getString(2))).list();
			batch.forEach(row -> jdbc.sql("update " + table + " set email_digest = ? where id = ?")
				.params(accounts.sealedEmailDigest(row.address()), row.id()).update());
		}
		while (batch.size() == FILL_BATCH);
	}

	private CitizenItem letter(ResultSet rs, int n) throws SQLException {
		return new CitizenItem("信件", rs.getString("subject"), text("interaction.state." + rs.getString("state")),
				rs.getTimestamp("received_at").toInstant(),
				"/letters/follow?code=" + UriUtils.encodeQueryParam(rs.getString("query_code"), "UTF-8"));
	}

	private CitizenItem opinion(ResultSet rs, int n) throws SQLException {
		String state = switch (rs.getString("state")) {
			case "PASSED" -> "已公开";
			case "REFUSED" -> "未通过审核";
			default -> "待审核";
		};
		return new CitizenItem("意见征集", rs.getString("title"), state, rs.getTimestamp("received_at").toInstant(),
				"/letters/solicitations/" + rs.getLong("id"));
	}

	private CitizenItem response(ResultSet rs, int n) throws SQLException {
		long survey = rs.getLong("id");
		boolean published = rs.getTimestamp("results_published_at") != null;
		String state = rs.getTimestamp("confirmed_at") == null ? "待邮件确认" : published ? "已提交，结果已公布" : "已提交";
		return new CitizenItem("问卷调查", rs.getString("title"), state, rs.getTimestamp("submitted_at").toInstant(),
				"/letters/surveys/" + survey + (published ? "/results" : ""));
	}

	private String text(String code) {
		return messages.getMessage(code, null, code, Locale.SIMPLIFIED_CHINESE);
	}
}
