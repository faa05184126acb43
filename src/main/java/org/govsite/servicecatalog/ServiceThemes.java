package org.govsite.servicecatalog;

import java.util.List;

/**
 * The themes (主题分类) a service item is filed under, as the provincial 政务服务 catalogues
 * commonly sort them: by life event for persons, by business stage for legal persons.
 */
public final class ServiceThemes {

	public static final List<String> PERSON = List.of("生育收养", "户籍办理", "教育科研", "就业创业", "婚姻登记", "社会保障",
			"医疗卫生", "住房保障", "交通出行", "证件办理", "退休养老", "死亡殡葬", "其他");

	public static final List<String> LEGAL_PERSON = List.of("设立变更", "准营准办", "投资审批", "税收财务", "人力资源",
			"工程建设", "资质认证", "知识产权", "环保绿化", "注销破产", "其他");

	private ServiceThemes() {
	}

	public static List<String> of(ServiceTarget target) {
		return target == ServiceTarget.PERSON ? PERSON : LEGAL_PERSON;
	}

	public static boolean known(ServiceTarget target, String theme) {
		return of(target).contains(theme);
	}
}
