/**
 * The demo site group: a fictional county (示例县) with its portal and department sites, their
 * channel trees and staff, created on first start so that a new user sees a working platform.
 * <p>
 * A trusted caller of content's {@code import} interface, which writes without review or permission
 * checks; only {@code demo} and {@code migration} may declare it.
 */
@ApplicationModule(allowedDependencies = { "platform", "identity", "site", "channel", "content", "content :: import", "publish", "interaction", "disclosure", "monitor", "assessment", "servicecatalog", "report" })
@NullMarked
package org.govsite.demo;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
