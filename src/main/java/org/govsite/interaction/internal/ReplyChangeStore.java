package org.govsite.interaction.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The replies published or withdrawn whose pages are not yet written ({@link ReplyPages}). */
@Repository
class ReplyChangeStore {

	/** A reply published ({@code withdrawn} false) or taken off the site. */
	record Change(long id, long mailboxId, long letterId, boolean withdrawn) {
	}

	private final JdbcClient jdbc;

	ReplyChangeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(long siteId, long mailboxId, long letterId, boolean withdrawn) {
		jdbc.sql("""
				insert into interaction_reply_change (site_id, mailbox_id, letter_id, withdrawn)
				values (:site, :mailbox, :letter, :withdrawn)""")
			.param("site", siteId)
			.param("mailbox", mailboxId)
			.param("letter", letterId)
			.param("withdrawn", withdrawn)
			.update();
	}

	List<Change> pending(long siteId) {
		return jdbc.sql("select id, mailbox_id, letter_id, withdrawn from interaction_reply_change where site_id = :site order by id")
			.param("site", siteId)
			.query((row, n) -> new Change(row.getLong(1), row.getLong(2), row.getLong(3), row.getBoolean(4)))
			.list();
	}

	/** Forgets the site's changes up to this one, written meanwhile. */
	void forget(long siteId, long upTo) {
		jdbc.sql("delete from interaction_reply_change where site_id = :site and id <= :upTo")
			.param("site", siteId)
			.param("upTo", upTo)
			.update();
	}
}
