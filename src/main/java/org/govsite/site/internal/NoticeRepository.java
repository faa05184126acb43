package org.govsite.site.internal;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface NoticeRepository extends ListCrudRepository<Notice, Long> {

	/** The notices standing on the site, and those on other sites (its portal) about it, newest first. */
	@Query("select * from site_notice where site_id = :siteId or about_site_id = :siteId order by shown_from desc, id desc")
	List<Notice> findOnOrAbout(long siteId);
}
