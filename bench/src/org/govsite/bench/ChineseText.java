package org.govsite.bench;

import java.util.Random;

/**
 * Realistic government-news text, assembled from a built-in vocabulary: titles like
 * "示例县召开2026年优化营商环境工作推进会", bodies of several paragraphs of such sentences. Seeded,
 * so that every run generates the same site.
 */
final class ChineseText {

	private static final String[] PLACES = { "县委", "县政府", "县人大常委会", "县政协", "县发展改革局", "县教育局", "县财政局",
			"县自然资源局", "县生态环境局", "县住房城乡建设局", "县交通运输局", "县农业农村局", "县卫生健康委", "县市场监管局", "县应急管理局",
			"县医疗保障局", "县数据管理局", "城关镇", "河口镇", "青山乡", "白沙街道", "经济开发区管委会" };

	private static final String[] ACTIONS = { "召开", "部署", "推进", "开展", "举行", "印发", "启动", "召开专题会议研究", "组织开展",
			"督导检查", "全面推进", "扎实推进" };

	private static final String[] TOPICS = { "政务公开工作推进会", "优化营商环境工作", "乡村振兴重点任务", "安全生产大检查",
			"森林防火工作", "城乡环境综合整治", "民生实事项目建设", "义务教育优质均衡发展", "基层医疗卫生服务能力提升", "防汛抗旱工作",
			"数字政府建设", "一网通办改革", "农村人居环境整治", "高标准农田建设", "重点项目集中开工", "食品安全示范创建", "减税降费政策落实",
			"稳就业保民生工作", "老旧小区改造", "政府网站与政务新媒体检查" };

	private static final String[] OPENINGS = { "为深入贯彻落实党中央、国务院决策部署", "根据省、市有关工作要求", "为进一步提升群众满意度",
			"按照年度重点工作安排", "为切实保障人民群众生命财产安全", "为加快推进高质量发展" };

	private static final String[] MIDDLES = { "会议听取了各单位工作进展情况汇报，分析了当前存在的困难和问题", "各乡镇、各部门要提高政治站位，压实工作责任",
			"要坚持问题导向，聚焦群众急难愁盼问题，拿出务实管用的举措", "要加强统筹协调，形成工作合力，确保各项任务按时保质完成",
			"截至目前，全县已累计完成投资十二点六亿元，占年度计划的百分之七十八", "下一步，将持续加大督查力度，对工作不力的单位进行通报",
			"要严格落实信息公开制度，及时回应社会关切", "要把这项工作作为检验干部作风的重要标尺，以钉钉子精神抓好落实",
			"各级各部门要强化底线思维，扎实做好风险防范化解工作", "要完善长效机制，推动工作常态化、制度化、规范化" };

	private static final String[] CLOSINGS = { "会议要求，各单位要对照任务清单，逐项抓好落实。", "会上，相关单位负责人作了表态发言。",
			"县政府相关负责同志出席会议。", "各乡镇人民政府、县直有关单位主要负责同志参加会议。", "此次活动受到群众广泛好评。" };

	private final Random random;

	ChineseText(long seed) {
		this.random = new Random(seed);
	}

	String title(int year) {
		return "示例县" + pick(PLACES) + pick(ACTIONS) + year + "年" + pick(TOPICS);
	}

	String body(int paragraphs) {
		StringBuilder body = new StringBuilder();
		body.append("<p>").append(pick(OPENINGS)).append("，").append(pick(PLACES)).append(pick(ACTIONS)).append(pick(TOPICS))
			.append("。</p>");
		for (int i = 0; i < paragraphs; i++) {
			body.append("<p>");
			int sentences = 3 + random.nextInt(4);
			for (int s = 0; s < sentences; s++) {
				body.append(pick(MIDDLES)).append(s == sentences - 1 ? "。" : "；");
			}
			body.append("</p>");
		}
		body.append("<p>").append(pick(CLOSINGS)).append("</p>");
		return body.toString();
	}

	String summary() {
		return pick(MIDDLES) + "。";
	}

	int nextInt(int bound) {
		return random.nextInt(bound);
	}

	private String pick(String[] words) {
		return words[random.nextInt(words.length)];
	}
}
