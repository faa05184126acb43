package org.govsite.demo.internal;

import java.util.List;
import java.util.Random;

/**
 * Fictional but realistic text for 示例县's documents: titles written by hand for each kind of
 * channel, bodies assembled from the phrases of county government news. Seeded, so every demo
 * is the same.
 */
final class DemoTexts {

	private static final List<String> OPENINGS = List.of(
			"为深入贯彻落实党中央、国务院决策部署，进一步提升政务服务水平，",
			"近日，示例县召开专题会议，研究部署",
			"为切实保障人民群众切身利益，推动各项工作落地见效，",
			"按照县委、县政府工作安排，",
			"在县委、县政府的坚强领导下，全县上下凝心聚力，",
			"为进一步优化营商环境、激发市场主体活力，");

	private static final List<String> TOPICS = List.of("农村人居环境整治", "义务教育优质均衡发展", "基层医疗卫生服务能力提升",
			"政务服务“一网通办”", "安全生产专项整治", "乡村振兴重点项目建设", "城乡供水一体化", "秋冬季森林防火",
			"营商环境优化提升", "老旧小区改造", "高标准农田建设", "就业创业服务");

	private static final List<String> MIDDLES = List.of(
			"会议指出，各乡镇、各部门要提高政治站位，压实工作责任，确保各项任务按时保质完成。",
			"县有关部门负责同志分别汇报了工作进展情况，并就下一步工作提出了意见建议。",
			"截至目前，全县已累计完成投资{n}万元，惠及群众{m}户，取得了阶段性成效。",
			"工作中，相关部门坚持问题导向，深入一线开展调研，广泛听取群众意见。",
			"据了解，该项工作共涉及{k}个乡镇、{m}个村（社区），计划于年底前全面完成。",
			"下一步，示例县将持续加大工作力度，健全长效机制，推动工作常态化、规范化开展。",
			"活动现场，工作人员向群众发放宣传资料{m}余份，解答群众咨询{k}0余人次。",
			"县政府相关负责同志强调，要坚持以人民为中心的发展思想，把好事办好、实事办实。");

	private static final List<String> CLOSINGS = List.of(
			"会议要求，各责任单位要加强协调配合，形成工作合力，以实际成效取信于民。",
			"群众如有意见建议，可通过示例县人民政府门户网站“县长信箱”反映。",
			"下一步，县有关部门将持续跟踪问效，确保各项措施落地落实。",
			"相关工作进展情况将在本网站持续公开，欢迎社会各界监督。");

	private final Random random;

	DemoTexts(long seed) {
		this.random = new Random(seed);
	}

	String topic() {
		return pick(TOPICS);
	}

	/** Four to six paragraphs of news about a topic, as sanitized-ready HTML. */
	String newsBody(String topic) {
		StringBuilder body = new StringBuilder();
		body.append("<p>").append(pick(OPENINGS)).append("扎实推进").append(topic).append("工作。</p>");
		int paragraphs = 3 + random.nextInt(3);
		for (int i = 0; i < paragraphs; i++) {
			body.append("<p>").append(fill(pick(MIDDLES))).append(fill(pick(MIDDLES))).append("</p>");
		}
		body.append("<p>").append(pick(CLOSINGS)).append("</p>");
		return body.toString();
	}

	private String fill(String phrase) {
		return phrase.replace("{n}", String.valueOf(100 + random.nextInt(9000)))
			.replace("{m}", String.valueOf(20 + random.nextInt(800)))
			.replace("{k}", String.valueOf(3 + random.nextInt(12)));
	}

	private String pick(List<String> from) {
		return from.get(random.nextInt(from.size()));
	}
}
