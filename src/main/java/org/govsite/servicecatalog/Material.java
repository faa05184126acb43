package org.govsite.servicecatalog;

import org.jspecify.annotations.Nullable;

/**
 * One of a guide's 办理材料.
 *
 * @param name 材料名称
 * @param basis 依据
 * @param format 形式 (原件, 复印件, 电子 …)
 * @param copies 份数
 * @param seal 签字盖章要求
 * @param blankFormUrl 空白表格 to download
 * @param instructionsUrl 填写说明 to download
 * @param sampleUrl 示例样表 to download
 */
public record Material(String name, @Nullable String basis, @Nullable String format, int copies, @Nullable String seal,
		@Nullable String blankFormUrl, @Nullable String instructionsUrl, @Nullable String sampleUrl) {
}
