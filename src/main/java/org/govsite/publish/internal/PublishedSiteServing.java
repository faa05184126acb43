package org.govsite.publish.internal;


import org.govsite.platform.GovSiteProperties;
import org.govsite.site.SiteDirectory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * In role {@code all} the application serves the published sites itself; in roles {@code admin}
 * and {@code public} web servers do (nginx, see {@code deploy/nginx/govsite.conf}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("T(org.govsite.platform.DeploymentRole).valueOf('${govsite.role:all}'.toUpperCase()).servesPublishedSites()")
class PublishedSiteServing {

	/** A bean, so that site events reach it. */
	@Bean
	ServedSites servedSites(SiteDirectory sites) {
		return new ServedSites(sites);
	}

	@Bean
	FilterRegistrationBean<PublishedSiteFilter> publishedSiteFilter(ServedSites served, GovSiteProperties platform,
			ManifestStore manifest) {
		FilterRegistrationBean<PublishedSiteFilter> registration = new FilterRegistrationBean<>(
				new PublishedSiteFilter(served, platform.dataPath("publish"), manifest));
		// before Spring Security: a site's host name reaches its files and nothing else
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		registration.addUrlPatterns("/*");
		return registration;
	}
}
