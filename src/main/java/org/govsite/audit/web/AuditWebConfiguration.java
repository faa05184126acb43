package org.govsite.audit.web;

import java.util.List;

import org.govsite.audit.AuditTrail;
import org.govsite.platform.BackOffice;
import org.govsite.platform.ConsoleMenuItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts every console and API request under audit, and the audit trail in the console's menu for
 * the audit administrator (the authority is spelt out: identity, which owns the roles, depends on
 * this module, not the other way round).
 */
@Configuration(proxyBeanMethods = false)
@BackOffice
class AuditWebConfiguration implements WebMvcConfigurer {

	private final AuditTrail trail;

	AuditWebConfiguration(AuditTrail trail) {
		this.trail = trail;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new AuditInterceptor(trail)).addPathPatterns("/admin/**", "/api/v1/**");
	}

	@Override
	public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
		resolvers.addFirst(new HandlerExceptionNote());
	}

	@Bean
	ConsoleMenuItem auditMenuItem() {
		return ConsoleMenuItem.forAuthorities("menu.audit", "/admin/audit", 900, "ROLE_AUDIT_ADMIN");
	}
}
