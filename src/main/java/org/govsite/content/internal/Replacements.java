package org.govsite.content.internal;

import java.time.Clock;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.govsite.content.ContentRuleViolation;
import org.govsite.content.DisclosureMetadata;
import org.govsite.content.DocumentPublished;
import org.govsite.content.DocumentType;
import org.govsite.content.DocumentView;
import org.govsite.content.Validity;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which document replaces (失效, 废止) or amends (已修改) a policy that is no longer 有效 (SPEC.md §3):
 * kept per document, beside its versions. The replacement must be another document of the
 * library, and following replacements from it must never lead back to the policy.
 */
@Component
public class Replacements {

	/** The advisory lock that makes the cycle check and the write one step ("RPLC" in ASCII). */
	private static final long LOCK = 0x52504C43L;

	private final JdbcClient jdbc;

	private final Library library;

	private final ContentStore store;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Replacements(JdbcClient jdbc, Library library, ContentStore store, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.library = library;
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	/** Names the document that replaces or amends this policy; refused, storing nothing, when the rules say no. */
	public void set(long documentId, long replacementId, String actor) {
		store(documentId, replacementId, actor);
		changed(documentId);
	}

	/** The same without announcing it, for imports: whoever imports publishes the site afterwards. */
	void store(long documentId, long replacementId, String actor) {
		DocumentView document = library.view(documentId);
		DisclosureMetadata disclosure = document.content().disclosure();
		if (document.type() != DocumentType.POLICY || disclosure == null) {
			throw new ContentRuleViolation("content.replacement.notPolicy");
		}
		if (disclosure.validity() == Validity.VALID) {
			throw new ContentRuleViolation("content.replacement.stillValid");
		}
		if (replacementId == documentId) {
			throw new ContentRuleViolation("content.replacement.itself");
		}
		if (!exists(replacementId)) {
			throw new ContentRuleViolation("content.replacement.unknown", String.valueOf(replacementId));
		}
		// two editors naming each other's documents at once would both pass the check: one at a time
		jdbc.sql("select 1 from pg_advisory_xact_lock(?)").param(LOCK).query(Integer.class).single();
		if (leadsBack(replacementId, documentId)) {
			throw new ContentRuleViolation("content.replacement.cycle", String.valueOf(replacementId));
		}
		jdbc.sql("""
				insert into content_replacement (document_id, replaced_by, set_by, set_at) values (?, ?, ?, ?)
				on conflict (document_id) do update set replaced_by = excluded.replaced_by, set_by = excluded.set_by,
				    set_at = excluded.set_at""")
			.params(documentId, replacementId, actor, Timestamp.from(clock.instant()))
			.update();
	}

	/** The policy names no replacement any more. */
	public void clear(long documentId) {
		library.view(documentId);
		if (jdbc.sql("delete from content_replacement where document_id = ?").param(documentId).update() > 0) {
			changed(documentId);
		}
	}

	/** The id of the document named as this one's replacement, if any. */
	public Optional<Long> of(long documentId) {
		return jdbc.sql("select replaced_by from content_replacement where document_id = ?")
			.param(documentId)
			.query(Long.class)
			.optional();
	}

	private boolean exists(long documentId) {
		return jdbc.sql("select count(*) from content_document where id = ?").param(documentId).query(Integer.class).single() > 0;
	}

	/** Whether following replacements from {@code start} reaches {@code documentId}. */
	private boolean leadsBack(long start, long documentId) {
		Set<Long> seen = new HashSet<>();
		Optional<Long> next = Optional.of(start);
		while (next.isPresent() && seen.add(next.get())) {
			if (next.get() == documentId) {
				return true;
			}
			next = of(next.get());
		}
		return false;
	}

	/** A live page shows the change: its page and the lists and catalogue that show it are built again. */
	private void changed(long documentId) {
		Set<Long> channels = store.liveChannelIdsOf(documentId);
		if (!channels.isEmpty()) {
			events.publishEvent(new DocumentPublished(documentId, channels, channels));
		}
	}
}
