/**
 * Self-scoring (自评分) against the national checklist (国办秘函〔2019〕19号, SPEC.md §9): every
 * day, each serving site's score from what the daily inspection found — vetoes first, then the
 * deductions of the checklist's detailed points, held as data — a ranking across the group, and the
 * supervising office's overview; the quarterly spot checks' results published on the portal.
 */
@ApplicationModule(allowedDependencies = { "platform", "audit", "identity", "site", "monitor", "jobs", "publish" })
@NullMarked
package org.govsite.assessment;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
