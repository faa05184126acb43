package org.govsite.demo.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.govsite.identity.StaffRole;
import org.govsite.platform.BackOffice;
import org.govsite.platform.RunAs;
import org.govsite.site.DomainLedger;
import org.govsite.site.LedgerEntry;
import org.govsite.site.LedgerEntryData;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 域名台账 in the demo: the group's domains taken from their sites, with registrar, dates and the
 * people responsible filled in; the portal's domain expires in 25 days, so that its warning and
 * countdown show. Runs after the demo group is built, on the demo's domains that have no registrar yet.
 */
@Component
@BackOffice
@Order(21)
@ConditionalOnBooleanProperty(name = "govsite.demo.enabled", matchIfMissing = true)
class DemoDomainLedger implements ApplicationRunner {

	private final DomainLedger ledger;

	private final Clock clock;

	DemoDomainLedger(DomainLedger ledger, Clock clock) {
		this.ledger = ledger;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		RunAs.actor("demo", () -> {
			ledger.takeFromSites();
			LocalDate today = LocalDate.now(clock);
			String portalDomain = DemoCounty.portal().domain();
			for (LedgerEntry entry : ledger.entries()) {
				// the demo's own domains, once: what staff entered since is theirs
				if (entry.registrar() != null || !entry.name().endsWith("." + DemoCounty.DOMAIN)) {
					continue;
				}
				boolean portal = entry.name().equals(portalDomain);
				LocalDate expires = portal ? today.plusDays(25) : today.plusYears(2).withDayOfYear(1);
				ledger.update(entry.id(), new LedgerEntryData(entry.siteId(), entry.name(), "中国互联网络信息中心",
						LocalDate.of(2016, 9, 30), expires, entry.icpNumber(), "示例县人民政府办公室",
						portal ? "县政府办公室 王明" : "县政务服务数据管理局 李华", entry.siteName(),
						portal ? "县政府办公室副主任 张强" : "县政务服务数据管理局 赵敏"));
			}
		}, StaffRole.SYSTEM_ADMIN.authority(), StaffRole.STAFF_AUTHORITY);
	}
}
