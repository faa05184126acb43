package org.govsite.site.internal;

import org.govsite.jobs.RecurringJob;
import org.govsite.platform.BackOffice;
import org.govsite.site.DomainLedger;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Each morning the domain ledger takes in the sites' new domains and warns of those about to expire;
 * when enabled, each domain in use is then looked at from outside (DNS, certificate).
 */
@Configuration(proxyBeanMethods = false)
@BackOffice
class DomainLedgerJobs {

	@Bean
	RecurringJob domainLedgerCheck(DomainLedger ledger, DomainLedgerSettings settings) {
		return RecurringJob.daily("site.domain-ledger", "site.job.domainLedger", settings.checkAt(), ledger::checkDaily);
	}

	@Bean
	@ConditionalOnBooleanProperty("govsite.site.domain-checks.enabled")
	RecurringJob domainChecks(DomainChecks checks, DomainCheckSettings settings) {
		return RecurringJob.daily("site.domain-checks", "site.job.domainChecks", settings.checkAt(), checks::checkAll);
	}
}
