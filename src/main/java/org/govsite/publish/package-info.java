/**
 * Publishing: themes, rendering the sites to static files (full and incremental), the manifest of
 * published files, template overrides, and serving the published sites in role {@code all}.
 */
@NullMarked
package org.govsite.publish;

import org.jspecify.annotations.NullMarked;
