/**
 * 办事服务 (SPEC.md §8): the service catalogue of each site with its guides and their completeness
 * rule, the xlsx import, site search entries for the guides, and the status query of applications
 * (办件查询) through a port to the provincial 政务服务 system.
 */
@ApplicationModule(allowedDependencies = { "platform", "audit", "identity", "site", "search", "publish", "jobs" })
@NullMarked
package org.govsite.servicecatalog;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
