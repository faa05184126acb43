package org.govsite.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Section 三 of the annual disclosure report (2021 format): applications received and handled, in
 * seven columns — 自然人; 法人或其他组织 as 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他; 总计 —
 * and the rows 本年新收, 上年结转, each 办理结果, 总计 and 结转下年度. A complaint redirected is not an
 * application and is in no cell.
 */
public record ApplicationTable(int[] received, int[] carriedIn, Map<Outcome, int[]> outcomes, int[] carriedOut) {

	/** The columns, in the format's order; the last is the total. */
	public static final int COLUMNS = 7;

	public static final int TOTAL = COLUMNS - 1;

	public static ApplicationTable empty() {
		Map<Outcome, int[]> outcomes = new EnumMap<>(Outcome.class);
		for (Outcome outcome : Outcome.values()) {
			outcomes.put(outcome, new int[COLUMNS]);
		}
		return new ApplicationTable(new int[COLUMNS], new int[COLUMNS], outcomes, new int[COLUMNS]);
	}

	/** The column of an applicant: 0 for a natural person, then the kinds of legal person. */
	public static int column(ApplicantType type, LegalPersonKind kind) {
		return type == ApplicantType.NATURAL_PERSON ? 0 : 1 + kind.ordinal();
	}

	/** Counts one into a row's column and the total column. */
	public static void count(int[] row, int column) {
		row[column]++;
		row[TOTAL]++;
	}

	/** 办理结果 总计: every outcome of the year, per column. */
	public int[] handled() {
		int[] total = new int[COLUMNS];
		outcomes.values().forEach(row -> {
			for (int i = 0; i < COLUMNS; i++) {
				total[i] += row[i];
			}
		});
		return total;
	}

	/** The sum of a group's rows, e.g. 不予公开's eight reasons. */
	public int[] group(OutcomeGroup group) {
		int[] total = new int[COLUMNS];
		Outcome.inGroup(group).forEach(outcome -> {
			for (int i = 0; i < COLUMNS; i++) {
				total[i] += outcomes.get(outcome)[i];
			}
		});
		return total;
	}

	/** The columns (0 to 6) where 新收 + 上年结转 ≠ 办理结果总计 + 结转下年度. */
	public List<Integer> unbalancedColumns() {
		int[] handled = handled();
		List<Integer> wrong = new ArrayList<>();
		for (int i = 0; i < COLUMNS; i++) {
			if (received[i] + carriedIn[i] != handled[i] + carriedOut[i]) {
				wrong.add(i);
			}
		}
		return wrong;
	}

	public boolean balanced() {
		return unbalancedColumns().isEmpty();
	}

	/** The same table with another 上年结转: the one the previous year's published report carried out. */
	public ApplicationTable withCarriedIn(int[] carried) {
		return new ApplicationTable(received, Arrays.copyOf(carried, COLUMNS), outcomes, carriedOut);
	}
}
