package org.govsite.identity;

import java.util.Map;

/**
 * The sites and channels over which roles can be granted, offered by the modules that own them
 * so that the account pages can name them (identity itself knows only their ids).
 */
public interface GrantScopes {

	/** Every site of the group: id to name, in display order. */
	Map<Long, String> sites();

	/** The channels of a site: id to a name showing its place in the tree, in tree order. */
	Map<Long, String> channels(long siteId);
}
