package org.govsite.site;

import org.jspecify.annotations.Nullable;

/**
 * What identifies a site and is registered for it: its place in the group, name, 标识码, domains and
 * filings. Changed only by the system administrator.
 *
 * @param kind portal or department site
 * @param parentId the portal a department site belongs to (optional for a portal: a higher portal)
 * @param name the site's name
 * @param siteCode the 政府网站标识码, once assigned
 * @param englishDomain the domain under {@code .gov.cn}
 * @param chineseDomain the domain under {@code .政务}
 * @param icpNumber the ICP 备案号
 * @param publicSecurityNumber the 公安机关备案号
 * @param badgeNumber the 党政机关网站标识 number
 * @param security the 等保 assessment record
 */
public record SiteRegistration(SiteKind kind, @Nullable Long parentId, String name, @Nullable String siteCode,
		@Nullable String englishDomain, @Nullable String chineseDomain, @Nullable String icpNumber,
		@Nullable String publicSecurityNumber, @Nullable String badgeNumber, @Nullable SecurityAssessment security) {
}
