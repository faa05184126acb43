package org.govsite.publish.internal;

import java.util.List;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast converter gives what opencc4j gives. */
class SimplifiedToTraditionalTests {

	@Test
	void givesOpencc4jsResults() {
		for (String text : List.of("发布关于做好政务公开工作的通知，网站标识码，头发，后台", "示例县人民政府办公室关于印发《示例县政务公开工作规范》的通知",
				"为深入贯彻落实党中央、国务院决策部署，县发展改革局召开2026年优化营商环境工作推进会。", "会议听取了各单位工作进展情况汇报，分析了当前存在的困难和问题",
				"干部作风、乾坤、干燥、面条、表面、里程、这里、台湾、台风、系统、联系、关系、松树、放松、皇后、以后、钟表、钟情", "English 123 and 数字 ①②",
				"沈阳的沈先生在里面吃面，发现了头发；他发表了意见。", "云南白药、人云亦云、卷发、试卷、一出好戏、出去")) {
			assertThat(SimplifiedToTraditional.convert(text)).as(text).isEqualTo(ZhConverterUtil.toTraditional(text));
		}
	}

	@Test
	void leavesTextWithoutSimplifiedCharactersAsItIs() {
		String text = "https://www.example.gov.cn/art/1/t1000.html";
		assertThat(SimplifiedToTraditional.convert(text)).isSameAs(text);
	}
}
