package org.govsite.site;

import org.springframework.modulith.NamedInterface;

/**
 * For the channel module only: records a change of a site's main channel structure, to be
 * reported like the site's other changes. It checks no permission, since channel changes may be
 * made by the system too (recorded as such); the channel module checks who may change its
 * channels before calling. Other modules cannot reach it: it is its own named interface, which
 * only {@code channel} declares.
 */
@NamedInterface("structure-changes")
public interface SiteStructureChanges {

	void recordStructureChange(long siteId, String description);
}
