package org.govsite.interaction.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Letters and error reports whose personal data has outlived its retention period, and their removal. */
@Repository
public class RetentionStore {

	/** A closed letter still holding personal data: its name and title, to keep as a page shows them. */
	public record Expired(long id, String writerName, @org.jspecify.annotations.Nullable Boolean female) {
	}

	private final JdbcClient jdbc;

	RetentionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Letters replied (or rejected) before the cutoff, not yet stripped. A letter still being
	 * handled, or reopened, keeps its writer's details however old it is.
	 */
	public List<Expired> expiredLetters(Instant cutoff, int limit) {
		return jdbc.sql("""
				select id, writer_name, writer_female from interaction_letter
				where personal_data_removed_at is null and state in ('REPLIED', 'REJECTED')
				and coalesce(replied_at, received_at) < :cutoff order by id limit :limit""")
			.param("cutoff", Timestamp.from(cutoff))
			.param("limit", limit)
			.query((row, number) -> new Expired(row.getLong("id"), row.getString("writer_name"),
					(Boolean) row.getObject("writer_female")))
			.list();
	}

	public void stripLetter(long id, String shownName, Instant at) {
		jdbc.sql("""
				update interaction_letter set writer_name = :name, phone = null, phone_digest = null, email = null,
				id_number = null, personal_data_removed_at = :at where id = :id""")
			.param("id", id)
			.param("name", shownName)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** Removes the contacts of error reports answered before the cutoff; answers how many. */
	public int stripErrorReports(Instant cutoff, Instant at) {
		return jdbc.sql("""
				update interaction_error_report set contact = null, personal_data_removed_at = :at
				where personal_data_removed_at is null and answered_at < :cutoff""")
			.param("cutoff", Timestamp.from(cutoff))
			.param("at", Timestamp.from(at))
			.update();
	}
}
