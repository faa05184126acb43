package org.govsite.content.internal;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface OfferRepository extends ListCrudRepository<Offer, Long> {

	@Query("select exists (select 1 from content_offer where document_id = :documentId and to_site_id = :toSiteId and state in ('OFFERED', 'AWAITING_REVIEW'))")
	boolean isOpen(long documentId, long toSiteId);

	@Query("select to_site_id from content_offer where id = :offerId")
	java.util.Optional<Long> findToSiteIdById(long offerId);
}
