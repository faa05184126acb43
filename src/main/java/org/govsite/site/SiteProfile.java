package org.govsite.site;

import org.jspecify.annotations.Nullable;

/**
 * Who runs a site and how to reach them. The site manager may change it; a change of sponsor,
 * responsible person, contacts or address makes a change record.
 *
 * @param sponsor 主办单位: one unit runs at most one site
 * @param supervisor 主管单位
 * @param operator 承办单位
 * @param responsiblePerson the site's responsible person
 * @param contactPerson the contact for daily matters
 * @param contactPhone the contact's phone
 * @param contactEmail the contact's e-mail
 * @param address the sponsor's address, shown in the footer
 */
public record SiteProfile(String sponsor, @Nullable String supervisor, @Nullable String operator,
		String responsiblePerson, @Nullable String contactPerson, @Nullable String contactPhone,
		@Nullable String contactEmail, @Nullable String address) {
}
