package org.govsite.disclosure;

import java.util.Arrays;
import java.util.List;

/**
 * The result of an application as the annual report counts it: one row of section 三's 办理结果
 * (2021 format), with the 8, 3, 5 and 3 sub-reasons.
 */
public enum Outcome {

	DISCLOSED(OutcomeGroup.DISCLOSED),

	PARTLY_DISCLOSED(OutcomeGroup.PARTLY_DISCLOSED),

	/** 属于国家秘密 */
	STATE_SECRET(OutcomeGroup.NOT_DISCLOSED),
	/** 其他法律行政法规禁止公开 */
	FORBIDDEN_BY_LAW(OutcomeGroup.NOT_DISCLOSED),
	/** 危及“三安全一稳定” */
	ENDANGERS_SECURITY(OutcomeGroup.NOT_DISCLOSED),
	/** 保护第三方合法权益 */
	THIRD_PARTY_RIGHTS(OutcomeGroup.NOT_DISCLOSED),
	/** 属于三类内部事务信息 */
	INTERNAL_AFFAIRS(OutcomeGroup.NOT_DISCLOSED),
	/** 属于四类过程性信息 */
	PROCESS_INFORMATION(OutcomeGroup.NOT_DISCLOSED),
	/** 属于行政执法案卷 */
	ENFORCEMENT_FILE(OutcomeGroup.NOT_DISCLOSED),
	/** 属于行政查询事项 */
	QUERY_MATTER(OutcomeGroup.NOT_DISCLOSED),

	/** 本机关不掌握相关政府信息 */
	NOT_HELD(OutcomeGroup.UNAVAILABLE),
	/** 没有现成信息需要另行制作 */
	NEEDS_MAKING(OutcomeGroup.UNAVAILABLE),
	/** 补正后申请内容仍不明确 */
	STILL_UNCLEAR(OutcomeGroup.UNAVAILABLE),

	/** 信访举报投诉类申请 */
	PETITION(OutcomeGroup.NOT_PROCESSED),
	/** 重复申请 */
	REPEATED(OutcomeGroup.NOT_PROCESSED),
	/** 要求提供公开出版物 */
	PUBLICATION(OutcomeGroup.NOT_PROCESSED),
	/** 无正当理由大批量、频繁申请 */
	EXCESSIVE(OutcomeGroup.NOT_PROCESSED),
	/** 要求行政机关确认或重新出具已获取信息 */
	CONFIRMATION(OutcomeGroup.NOT_PROCESSED),

	/** 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 */
	NO_CORRECTION(OutcomeGroup.OTHER),
	/** 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 */
	NO_PAYMENT(OutcomeGroup.OTHER),
	/** 其他 */
	OTHER(OutcomeGroup.OTHER);

	private final OutcomeGroup group;

	Outcome(OutcomeGroup group) {
		this.group = group;
	}

	public OutcomeGroup group() {
		return group;
	}

	/** The reasons for withholding information, of which a partial disclosure names one. */
	public static List<Outcome> withholdingReasons() {
		return inGroup(OutcomeGroup.NOT_DISCLOSED);
	}

	public static List<Outcome> inGroup(OutcomeGroup group) {
		return Arrays.stream(values()).filter(outcome -> outcome.group == group).toList();
	}
}
