package org.govsite.channel;

import java.time.Period;

import org.govsite.channel.UpdateRule.Cadence;

/**
 * 栏目类型: what a channel holds, which decides the update rule it follows by default
 * (SPEC.md §2). The defaults can be changed in {@code govsite.channel.update-rules.<kind>}, and
 * each channel may set its own rule.
 */
public enum ChannelKind {

	/** 动态要闻 */
	NEWS(UpdateRule.within(Period.ofWeeks(2))),

	/** 通知公告: the national checklist's limit binds first-level channels. */
	NOTICE(UpdateRule.withinAtFirstLevel(Period.ofMonths(6))),

	/** 政策文件: the national checklist's limit binds first-level channels. */
	POLICY(UpdateRule.withinAtFirstLevel(Period.ofMonths(6))),

	/** 人事信息 */
	PERSONNEL(UpdateRule.within(Period.ofYears(1))),

	/** 规划计划 */
	PLAN(UpdateRule.within(Period.ofYears(1))),

	/** 概况信息 (概况, 机构职能, 负责人) */
	OVERVIEW(UpdateRule.of(Cadence.WHEN_FACTS_CHANGE)),

	/** 专题专栏 */
	TOPIC(UpdateRule.of(Cadence.WHILE_ACTIVE)),

	/** 政府信息公开 */
	DISCLOSURE(UpdateRule.of(Cadence.NONE)),

	/** 政策解读 */
	INTERPRETATION(UpdateRule.of(Cadence.NONE)),

	/** 人大代表建议和政协提案办理 */
	PROPOSAL(UpdateRule.of(Cadence.NONE)),

	/** 回应关切 / 辟谣 */
	RESPONSE(UpdateRule.of(Cadence.AS_EVENTS_DEVELOP)),

	/** 互动交流 */
	INTERACTION(UpdateRule.of(Cadence.NONE)),

	/** 办事服务 */
	SERVICE(UpdateRule.of(Cadence.NONE)),

	/** 其他 */
	OTHER(UpdateRule.of(Cadence.NONE));

	private final UpdateRule builtInRule;

	ChannelKind(UpdateRule builtInRule) {
		this.builtInRule = builtInRule;
	}

	/** The rule SPEC.md implies for this kind, used when the settings name none. */
	public UpdateRule builtInRule() {
		return builtInRule;
	}
}
