package org.govsite.content;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * The disclosure fields of a policy document (SPEC.md §5): what its page shows in the disclosure
 * table and the catalogue lists.
 *
 * @param indexNumber 索引号, unique and never changed: given by the platform when the document is first
 * published, unless one was set before (an imported document's own)
 * @param subjectCategory 主题分类, first level and optionally second, e.g. {@code 综合政务/政务公开}
 * @param documentNumber 文号, e.g. 示政办发〔2026〕3号
 * @param issuer 发布机构, the full name
 * @param writtenOn 成文日期
 * @param disclosedOn 公开日期: the day of first publication unless the editor set another
 * @param effectiveOn 施行日期
 * @param effectLevel 效力等级, e.g. 行政规范性文件
 * @param validity 有效性
 * @param mode 公开方式
 * @param subjectWords 主题词
 * @param overview 内容概述, at most 100 characters
 */
@NamedInterface({ "catalogue", "import" })
public record DisclosureMetadata(@Nullable String indexNumber, String subjectCategory, @Nullable String documentNumber,
		String issuer, @Nullable LocalDate writtenOn, @Nullable LocalDate disclosedOn, @Nullable LocalDate effectiveOn,
		@Nullable String effectLevel, Validity validity, DisclosureMode mode, List<String> subjectWords,
		@Nullable String overview) {
}
