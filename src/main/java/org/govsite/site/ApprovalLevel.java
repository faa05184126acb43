package org.govsite.site;

import org.govsite.identity.StaffRole;

/**
 * One level of the approval an application passes, in order (SPEC.md §1: the sponsor's head, the
 * supervisor, and the provincial office where the rules say so).
 *
 * @param name what the console calls the level, e.g. 主管单位审批
 * @param role who approves at it: a platform administrator role, or a site role held over the
 * site concerned
 */
public record ApprovalLevel(String name, StaffRole role) {
}
