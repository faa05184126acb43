package org.govsite.publish;

import java.time.Instant;

/**
 * A published file of a site, as the manifest keeps it.
 *
 * @param path relative to the site's folder, e.g. {@code art/202603/t2001.html}
 * @param sha256 hex digest of its content
 * @param size bytes
 * @param writtenAt when it was last written (an unchanged page is not written again)
 */
public record ManifestEntry(String path, String sha256, long size, Instant writtenAt) {
}
