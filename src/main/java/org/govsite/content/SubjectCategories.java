package org.govsite.content;

import java.util.List;

/**
 * 主题分类, first level, as the central portal uses it (SPEC.md §5). A document's category is the
 * first level, optionally followed by {@code /} and a second level of the site's own lists.
 */
public final class SubjectCategories {

	public static final List<String> FIRST_LEVEL = List.of("国务院组织机构", "综合政务", "国民经济管理、国有资产监管",
			"财政、金融、审计", "国土资源、能源", "农业、林业、水利", "工业、交通", "商贸、海关、旅游", "市场监管、安全生产监管",
			"城乡建设、环境保护", "科技、教育", "文化、广电、新闻出版", "卫生、体育", "人口与计划生育、妇女儿童工作", "劳动、人事、监察",
			"公安、安全、司法", "民政、扶贫、救灾", "民族、宗教", "对外事务", "港澳台侨工作", "国防", "其他");

	private SubjectCategories() {
	}

	/** Whether the category starts with a known first level. */
	public static boolean isValid(String category) {
		int slash = category.indexOf('/');
		String first = slash < 0 ? category : category.substring(0, slash);
		return FIRST_LEVEL.contains(first.strip()) && (slash < 0 || !category.substring(slash + 1).isBlank());
	}
}
