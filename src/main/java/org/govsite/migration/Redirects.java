package org.govsite.migration;

import java.net.URI;
import java.util.Optional;

import org.govsite.migration.internal.MigrationStore;
import org.govsite.migration.internal.RedirectMapFile;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the old sites' addresses lead now: every imported page (and file) to its new address, for
 * the public fallback and as an nginx map for the web servers that take over the old host names.
 */
@Service
public class Redirects {

	private final MigrationStore store;

	Redirects(MigrationStore store) {
		this.store = store;
	}

	/** The new address of an old one (with or without its query), if it was migrated. */
	@Transactional(readOnly = true)
	public Optional<String> target(String oldUrl) {
		URI uri;
		try {
			uri = URI.create(oldUrl.strip());
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
		if (uri.getHost() == null) {
			return Optional.empty();
		}
		String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
		String host = MigrationStore.hostKey(uri);
		Optional<String> found = uri.getRawQuery() == null ? Optional.empty() : store.redirect(host, path + "?" + uri.getRawQuery());
		return found.isPresent() ? found : store.redirect(host, path);
	}

	/**
	 * The nginx map of every migrated address ({@code $host$request_uri} to the new address), to
	 * include in the {@code http} block: {@code if ($govsite_migrated) { return 301 $govsite_migrated; }}
	 * in the old host names' server block, the served fallback for what it misses. The platform also
	 * writes its entries beside the published sites, for {@code deploy/nginx/govsite.conf}
	 * ({@link RedirectMapFile}).
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public String nginxMap() {
		return "map $host$request_uri $govsite_migrated {\n    default \"\";\n"
				+ RedirectMapFile.entries(store.redirects()).indent(4) + "}\n";
	}
}
