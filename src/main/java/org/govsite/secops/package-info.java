/**
 * Security operations (安全运维, SPEC.md §12), the security administrator's: the monthly
 * vulnerability scans of every site imported from a generic CSV or JSON file, each finding tracked
 * to its fix with a deadline by severity; counterfeit government sites and domains (假冒网站) followed
 * (reported by staff, or by citizens on the public pages with the letters' challenge) through
 * report → verify → refer to the cyberspace office → closed; the 24-hour duty roster with
 * its heightened-duty periods, the emergency plan and its drills. New high findings, overdue ones and
 * counterfeit reports are sent to the security administrators. {@link SecurityFigures} gives the
 * year's figures to the reports.
 */
@ApplicationModule(allowedDependencies = { "platform", "audit", "identity", "site", "notification", "jobs", "interaction" })
@NullMarked
package org.govsite.secops;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
