package org.govsite.publish.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import org.govsite.publish.HomeBlock;
import org.govsite.publish.HomeBlockKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The home-page blocks each site's manager chose, in order (none stored: the defaults). */
@Component
public class HomeBlockStore {

	private final JdbcClient jdbc;

	HomeBlockStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<HomeBlock> stored(long siteId) {
		return jdbc.sql("select kind, channel_ids from publish_home_block where site_id = :site order by position")
			.param("site", siteId)
			.query((rs, row) -> new HomeBlock(HomeBlockKind.valueOf(rs.getString("kind")), ids(rs.getArray("channel_ids"))))
			.list();
	}

	/** Replaces the site's blocks; an empty list goes back to the defaults. */
	public void replace(long siteId, List<HomeBlock> blocks) {
		jdbc.sql("delete from publish_home_block where site_id = :site").param("site", siteId).update();
		for (int i = 0; i < blocks.size(); i++) {
			HomeBlock block = blocks.get(i);
			jdbc.sql("insert into publish_home_block (site_id, position, kind, channel_ids) values (:site, :position, :kind, :channels)")
				.param("site", siteId)
				.param("position", i)
				.param("kind", block.kind().name())
				.param("channels", block.channelIds().toArray(Long[]::new))
				.update();
		}
	}

	private static List<Long> ids(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
	}
}
