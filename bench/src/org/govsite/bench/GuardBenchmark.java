package org.govsite.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.govsite.guard.FindingCategory;
import org.govsite.guard.FindingLevel;
import org.govsite.guard.internal.Automaton;
import org.govsite.guard.internal.DictionaryEntry;
import org.govsite.guard.internal.DictionaryText;
import org.govsite.guard.internal.PersonalData;
import org.govsite.guard.internal.Scanner;
import org.govsite.guard.internal.TextNormalizer;

/**
 * The content guard's scan throughput (bench/guard.sh): the shipped dictionaries plus generated
 * patterns (3 to 6 characters drawn from the same common characters as the text, so that nearly
 * every character of the text steps the automaton) over generated Chinese text in pages of about
 * 4,000 characters (half words of government pages, half random characters), on one thread, timed by
 * the thread's processor time. Reports MB of UTF-8 text per second, for the bare automaton and
 * for the whole scan (boundaries, whitelist, leaders' titles, personal data, findings made).
 */
public final class GuardBenchmark {

	/** The 500 most common characters of modern Chinese, roughly; enough for text that looks like text. */
	static final String COMMON = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质感信公";

	/** Words of government pages (those of bench/search.sh), half of the text. */
	static final String[] WORDS = ("住房公积金 医疗保险 社会保险 养老保险 失业保险 营业执照 行政审批 政务服务 政府信息公开 依申请公开 "
			+ "政策解读 通知 公告 办法 规定 实施意见 工作方案 城乡居民 低保 残疾人 退役军人 就业创业 人才引进 义务教育 学前教育 "
			+ "职业技能 安全生产 环境保护 大气污染 河长制 乡村振兴 高标准农田 防汛抗旱 森林防火 疫情防控 公共卫生 食品安全 "
			+ "市场监管 税收优惠 减税降费 营商环境 招商引资 重大项目 财政预算 政府采购 公共资源交易 城市更新 老旧小区 "
			+ "保障性住房 交通运输 公交线路 停车管理 垃圾分类 供水供电 燃气 供暖 民政 婚姻登记 殡葬 户籍 居民身份证 "
			+ "出入境 驾驶证 不动产登记 房屋征收 土地 规划 建设工程 消防 应急管理 统计 审计 信访 领导信箱 "
			+ "人大代表建议 政协提案 办理情况 年度报告 工作总结 会议 调研 检查 督查 考核 表彰 培训 招聘 公示 名单").split(" ");

	public static void main(String[] args) {
		int patternCount = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
		int megabytes = args.length > 1 ? Integer.parseInt(args[1]) : 100;
		Random random = new Random(17);
		List<DictionaryEntry> dictionary = new ArrayList<>(DictionaryText.entries(DictionaryText.resource("dictionary.txt")));
		Set<String> generated = new LinkedHashSet<>();
		while (generated.size() < patternCount) {
			generated.add(word(random, 3 + random.nextInt(4)));
		}
		generated.forEach(p -> dictionary.add(new DictionaryEntry(FindingCategory.SENSITIVE, FindingLevel.WARN, p, null)));
		List<String> pages = pages(random, megabytes * 1_000_000L);
		long bytes = pages.stream().mapToLong(p -> p.getBytes(StandardCharsets.UTF_8).length).sum();
		System.out.printf("patterns: %,d (%,d shipped + %,d generated); text: %,d pages, %,d bytes UTF-8 (%,d characters)%n",
				dictionary.size(), dictionary.size() - patternCount, patternCount, pages.size(), bytes,
				pages.stream().mapToLong(String::length).sum());

		long built = System.nanoTime();
		Automaton automaton = new Automaton(dictionary.stream().map(e -> TextNormalizer.normalizePattern(e.pattern())).distinct().toList());
		Scanner scanner = new Scanner(dictionary, DictionaryText.words(DictionaryText.resource("whitelist.txt")), PersonalData.defaults());
		System.out.printf("build: %.2f s (automaton and scanner)%n", (System.nanoTime() - built) / 1e9);

		List<Double> automatonRates = new ArrayList<>();
		List<Double> scanRates = new ArrayList<>();
		for (int round = 1; round <= ROUNDS; round++) {
			long[] hits = { 0 };
			long start = cpuTime();
			for (String page : pages) {
				automaton.scan(page, (pattern, end) -> hits[0]++);
			}
			automatonRates.add(report("automaton", round, bytes, start, hits[0] + " hits"));
			start = cpuTime();
			long findings = 0;
			for (String page : pages) {
				findings += scanner.scan(page).size();
			}
			scanRates.add(report("full scan", round, bytes, start, findings + " findings"));
		}
		summary("automaton", automatonRates);
		summary("full scan", scanRates);
	}

	/** Rounds after the first, whose code is still being compiled, tell the rate. */
	private static final int ROUNDS = 6;

	private static double report(String what, int round, long bytes, long start, String found) {
		double seconds = (cpuTime() - start) / 1e9;
		System.out.printf("round %d %-9s %6.1f MB/s on one core (%.2f s, %s)%n", round, what, bytes / 1e6 / seconds, seconds, found);
		return bytes / 1e6 / seconds;
	}

	/** The median and the best of the rounds after the first: on a shared machine the worst say more about the neighbours. */
	private static void summary(String what, List<Double> rates) {
		List<Double> warm = rates.subList(1, rates.size()).stream().sorted().toList();
		System.out.printf("%-9s median %6.1f MB/s, best %6.1f MB/s on one core (rounds 2 to %d)%n", what,
				(warm.get((warm.size() - 1) / 2) + warm.get(warm.size() / 2)) / 2, warm.getLast(), rates.size());
	}

	/** This thread's processor time: the machine may be shared, and a core's rate is what is asked. */
	private static long cpuTime() {
		return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
	}

	public static String word(Random random, int length) {
		StringBuilder word = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			word.append(COMMON.charAt(random.nextInt(COMMON.length())));
		}
		return word.toString();
	}

	/** Pages of sentences: words of 1 to 4 characters, a comma or full stop now and then, a number sometimes. */
	public static List<String> pages(Random random, long bytes) {
		List<String> pages = new ArrayList<>();
		long total = 0;
		while (total < bytes) {
			StringBuilder page = new StringBuilder(4200);
			while (page.length() < 4000) {
				page.append(random.nextBoolean() ? WORDS[random.nextInt(WORDS.length)] : word(random, 1 + random.nextInt(4)));
				int r = random.nextInt(20);
				if (r == 0) {
					page.append('，');
				}
				else if (r == 1) {
					page.append("。\n");
				}
				else if (r == 2) {
					page.append(2000 + random.nextInt(30)).append('年');
				}
			}
			pages.add(page.toString());
			total += page.toString().getBytes(StandardCharsets.UTF_8).length;
		}
		return pages;
	}
}
