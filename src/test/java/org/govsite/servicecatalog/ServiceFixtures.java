package org.govsite.servicecatalog;

import java.util.List;

/** Complete and incomplete guides for the service catalogue's tests. */
public final class ServiceFixtures {

	private ServiceFixtures() {
	}

	/** A guide with all ten key elements, 注意事项, a material with its downloads, and its links. */
	public static ServiceGuide complete(String code, String name, String theme) {
		return new ServiceGuide(code, name, theme, ServiceTarget.PERSON, true, "《中华人民共和国户口登记条例》第七条",
				"新生儿出生后一个月内", "县政务服务中心一楼公安窗口", "县公安局户政大队", "不收费", "工作日 9:00-12:00，14:00-17:30",
				"0898-12345678", "申请、受理、审核、办结", "5 个工作日", "请携带原件",
				List.of(new Material("出生医学证明", "《出生医学证明》管理办法", "原件", 1, "无", "/files/birth-form.docx",
						"/files/birth-instructions.pdf", "/files/birth-sample.pdf")),
				new ServiceGuide.Links("/zcwj/", "/faq/", "/letters?site=1", "/letters?site=1", "https://www.12345.gov.cn/"));
	}

	/** The same guide without 设定依据, 办理地点 and 办理时限 (so without a complete 办理流程). */
	public static ServiceGuide withoutBasisPlaceAndTimeLimit(String code) {
		ServiceGuide g = complete(code, "出生登记", "户籍办理");
		return new ServiceGuide(g.code(), g.name(), g.theme(), g.target(), g.fullyOnline(), null, g.conditions(), " ",
				g.agency(), g.fees(), g.hours(), g.phone(), g.process(), null, g.notes(), g.materials(), g.links());
	}
}
