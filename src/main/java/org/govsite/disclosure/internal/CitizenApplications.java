package org.govsite.disclosure.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.govsite.identity.Citizen;
import org.govsite.identity.CitizenAccounts;
import org.govsite.identity.CitizenItem;
import org.govsite.identity.CitizenRecords;
import org.govsite.platform.FieldCipher;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The applications for disclosure of citizen accounts (identity's 公众账号): marked with the account
 * signed in as they are made online, with the keyed digest of the email given, and listed and
 * claimed for the account's 我的 page (what was asked for, shortened; followed with the query code).
 */
@Component
public class CitizenApplications implements CitizenRecords {

	private static final int SHOWN = 40;

	private static final int FILL_BATCH = 500;

	private record Sealed(long id, String email) {
	}

	private final JdbcClient jdbc;

	private final ObjectProvider<CitizenAccounts> citizens;

	private final FieldCipher cipher;

	private final MessageSource messages;

	CitizenApplications(JdbcClient jdbc, ObjectProvider<CitizenAccounts> citizens, FieldCipher cipher, MessageSource messages) {
		this.jdbc = jdbc;
		this.citizens = citizens;
		this.cipher = cipher;
		this.messages = messages;
	}

	public void written(long id, @Nullable String email) {
		CitizenAccounts accounts = citizens.getIfAvailable();
		if (accounts == null) {
			return;
		}
		Optional<Long> citizen = accounts.current().map(Citizen::id);
		String digest = email != null && email.contains("@") ? accounts.emailDigest(email) : null;
		if (citizen.isPresent() || digest != null) {
			jdbc.sql("update disclosure_request set citizen_id = ?, email_digest = ? where id = ?")
				.params(citizen.orElse(null), digest, id).update();
		}
	}

	@Override
	public List<CitizenItem> of(long citizenId) {
		return jdbc.sql("select number, description, state, created_at from disclosure_request where citizen_id = ?")
			.param(citizenId).query(this::item).list();
	}

	/** Applications made before digests were kept first get the digest of their sealed address ("" for none). */
	@Override
	public int claim(long citizenId, String emailDigest) {
		CitizenAccounts accounts = citizens.getObject();
		List<Sealed> batch;
		do {
			batch = jdbc.sql("select id, email from disclosure_request where email_digest is null and email is not null order by id limit "
					+ FILL_BATCH).query((rs, n) -> new Sealed(rs.getLong(1), rs.getString(2))).list();
			batch.forEach(row -> jdbc.sql("update disclosure_request set email_digest = ? where id = ?")
				.params(accounts.sealedEmailDigest(row.email()), row.id()).update());
		}
		while (batch.size() == FILL_BATCH);
		return jdbc.sql("update disclosure_request set citizen_id = ? where citizen_id is null and email_digest = ?")
			.params(citizenId, emailDigest).update();
	}

	private CitizenItem item(ResultSet rs, int n) throws SQLException {
		String asked = cipher.decrypt(rs.getString("description")).strip();
		String title = rs.getString("number") + " "
				+ (asked.codePointCount(0, asked.length()) > SHOWN ? asked.substring(0, asked.offsetByCodePoints(0, SHOWN)) + "…" : asked);
		String state = messages.getMessage("disclosure.state." + rs.getString("state"), null, rs.getString("state"),
				Locale.SIMPLIFIED_CHINESE);
		return new CitizenItem("依申请公开", title, state, rs.getTimestamp("created_at").toInstant(), "/disclosure/query");
	}
}
