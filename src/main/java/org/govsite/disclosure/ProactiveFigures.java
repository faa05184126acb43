package org.govsite.disclosure;

import java.math.BigDecimal;

/**
 * Section 二 of the annual report (2021 format): rules and normative documents made, repealed and
 * in force, counted from the library; decisions of licensing, penalty and coercion and the fees
 * collected, entered by staff.
 *
 * @param feesTenThousandYuan 行政事业性收费, in 万元
 */
public record ProactiveFigures(int rulesMade, int rulesRepealed, int rulesInForce, int normativeMade, int normativeRepealed,
		int normativeInForce, int licensing, int penalty, int coercion, BigDecimal feesTenThousandYuan) {
}
