package org.govsite.site;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What is entered for a domain of the ledger.
 *
 * @param siteId the site it serves
 * @param name the domain, an English one under {@code .gov.cn} or a Chinese one under {@code .政务}
 * @param registrar the registrar (注册服务机构)
 * @param registeredOn when it was registered
 * @param expiresOn when its registration ends
 * @param icpNumber its ICP filing
 * @param openedBy who opened it (谁开设)
 * @param appliedBy who applied for it (谁申请)
 * @param usedBy who uses it (谁使用)
 * @param responsible who answers for it (谁负责)
 */
public record LedgerEntryData(long siteId, String name, @Nullable String registrar, @Nullable LocalDate registeredOn,
		@Nullable LocalDate expiresOn, @Nullable String icpNumber, @Nullable String openedBy, @Nullable String appliedBy,
		@Nullable String usedBy, @Nullable String responsible) {
}
