package org.govsite.content.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface DocumentRepository extends ListCrudRepository<Document, Long> {

	@Query("select site_id from content_document where id = :documentId")
	Optional<Long> findSiteIdById(long documentId);

	List<Document> findByPolicyId(long policyId);

	/** Scheduled releases that are due, locked so that another admin node skips them. */
	@Query("""
			select id from content_document where state = 'SCHEDULED' and scheduled_publish_at <= :now
			order by scheduled_publish_at limit :limit for update skip locked""")
	List<Long> lockDueReleases(Instant now, int limit);

	/** Scheduled withdrawals that are due, locked so that another admin node skips them. */
	@Query("""
			select id from content_document where scheduled_withdraw_at <= :now
			order by scheduled_withdraw_at limit :limit for update skip locked""")
	List<Long> lockDueWithdrawals(Instant now, int limit);
}
