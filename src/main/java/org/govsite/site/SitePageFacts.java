package org.govsite.site;

import org.jspecify.annotations.Nullable;

/**
 * What a site's published pages show of it (SPEC.md §4): the header's name and domain, the
 * footer's sponsor, operator, address, phone, 标识码 and filing numbers, and whether the 找错
 * entry stays. Read without permission checks, for the publisher.
 *
 * @param id the site's id
 * @param name the site's name
 * @param kind portal or department site
 * @param siteCode the 政府网站标识码, once assigned
 * @param parentId the portal a department site belongs to, if any
 * @param state where the site is in its lifecycle
 * @param englishDomain the domain under {@code .gov.cn}
 * @param chineseDomain the domain under {@code .政务}
 * @param sponsor 主办单位
 * @param operator 承办单位
 * @param address the sponsor's address
 * @param contactPhone the contact phone
 * @param contactEmail the contact e-mail
 * @param icpNumber the ICP 备案号
 * @param publicSecurityNumber the 公安机关备案号
 * @param badgeNumber the 党政机关网站标识 number
 * @param errorReportEnabled whether pages show the 我为政府网站找错 entry
 */
public record SitePageFacts(long id, String name, SiteKind kind, @Nullable String siteCode, @Nullable Long parentId,
		SiteState state, @Nullable String englishDomain, @Nullable String chineseDomain, String sponsor,
		@Nullable String operator, @Nullable String address, @Nullable String contactPhone,
		@Nullable String contactEmail, @Nullable String icpNumber, @Nullable String publicSecurityNumber,
		@Nullable String badgeNumber, boolean errorReportEnabled) {
}
