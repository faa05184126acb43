package org.govsite.channel.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ChannelRepository extends ListCrudRepository<Channel, Long> {

	List<Channel> findBySiteId(long siteId);

	@Query("select site_id from channel where id = :channelId")
	Optional<Long> findSiteIdById(long channelId);
}
