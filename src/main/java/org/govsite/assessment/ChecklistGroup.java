package org.govsite.assessment;

import java.math.BigDecimal;

/**
 * A group of the checklist's 100 points; it never goes below 0.
 *
 * @param services whether it is the services group, left out for a body without external services
 */
public record ChecklistGroup(String code, String label, BigDecimal maxPoints, boolean services) {
}
