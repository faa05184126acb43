package org.govsite.servicecatalog;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A service item with its guide (办事指南): the ten key elements, 注意事项, and the entries a guide
 * links to (related policies, FAQs, consultation, complaint and supervision).
 *
 * @param code 事项编码, the same for the item on every site of the group
 * @param name 事项名称, unified across the group for one code
 * @param theme 主题分类 (生育收养, 户籍办理 …)
 * @param target 个人 or 法人
 * @param fullyOnline whether it is handled fully online (全程网办)
 * @param timeLimit 办理时限, which belongs to 办理流程
 */
public record ServiceGuide(String code, String name, String theme, ServiceTarget target, boolean fullyOnline,
		@Nullable String basis, @Nullable String conditions, @Nullable String place, @Nullable String agency,
		@Nullable String fees, @Nullable String hours, @Nullable String phone, @Nullable String process,
		@Nullable String timeLimit, @Nullable String notes, List<Material> materials, Links links) {

	public ServiceGuide {
		materials = List.copyOf(materials);
	}

	/** What a guide links to besides itself. */
	public record Links(@Nullable String policy, @Nullable String faq, @Nullable String consultation,
			@Nullable String complaint, @Nullable String supervision) {

		public static Links none() {
			return new Links(null, null, null, null, null);
		}
	}
}
