package org.govsite.disclosure;

import java.math.BigDecimal;

/**
 * What staff enter into a report: the texts, the proactive figures not kept in the library, and
 * reviews and lawsuits.
 */
public record ReportInput(String overview, String problems, String other, int licensing, int penalty, int coercion,
		BigDecimal feesTenThousandYuan, ReviewFigures review) {

	public static ReportInput blank() {
		return new ReportInput("", "", "", 0, 0, 0, BigDecimal.ZERO, ReviewFigures.none());
	}
}
