/**
 * Bringing old sites onto the platform (整合迁移): an old site crawled politely and its documents
 * imported into the library with their original dates, its sections mapped to channels (suggested,
 * then confirmed), its old addresses redirected to the new pages, and its closing fed to the site
 * lifecycle; documents imported in bulk from JSON Lines, xlsx or Word files.
 * <p>
 * A trusted caller of content's {@code import} interface, which writes without review: an import
 * published directly records who approved it.
 */
@ApplicationModule(allowedDependencies = { "platform", "audit", "identity", "site", "channel", "content",
		"content :: import", "publish", "jobs" })
@NullMarked
package org.govsite.migration;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
