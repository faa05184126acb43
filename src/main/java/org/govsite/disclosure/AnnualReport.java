package org.govsite.disclosure;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * 政府信息公开工作年度报告 of a body (a site's sponsor) for a year, in the 2021 format, sections 一 to
 * 六. A draft shows the live figures; a published report keeps the figures it was published with.
 *
 * @param overview 一、总体情况
 * @param problems 五、存在的主要问题及改进情况
 * @param other 六、其他需要报告的事项
 * @param dueOn the day it must be published by, for the body's kind
 * @param carriedInFromReport whether 上年结转 is the previous year's published 结转下年度
 */
public record AnnualReport(long siteId, String body, int year, boolean published, @Nullable Instant publishedAt,
		LocalDate dueOn, String overview, ProactiveFigures proactive, ApplicationTable applications, ReviewFigures review,
		String problems, String other, boolean carriedInFromReport) {
}
