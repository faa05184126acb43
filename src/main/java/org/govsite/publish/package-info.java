/**
 * Publishing: themes, rendering the sites to static files (full and incremental), the manifest of
 * published files, template overrides, and serving the published sites in role {@code all}.
 * <p>
 * It sees content only through its catalogue and its events, never its editing API.
 */
@ApplicationModule(allowedDependencies = { "platform", "audit", "identity", "site", "channel", "content :: catalogue", "content :: events", "jobs", "notification" })
@NullMarked
package org.govsite.publish;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
