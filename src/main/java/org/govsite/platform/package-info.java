/**
 * What every module stands on: the deployment role, the data directory, the embedded database,
 * the console's layout and the way errors are answered.
 */
@NullMarked
package org.govsite.platform;

import org.jspecify.annotations.NullMarked;
