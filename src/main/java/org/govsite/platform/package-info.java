/**
 * What every module stands on: the deployment role, the data directory, the embedded database,
 * the console's layout and the way errors are answered.
 * <p>
 * A shared module (see {@code GovSiteApplication}): every module may use it, and it uses none.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.govsite.platform;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
