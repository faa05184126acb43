package org.govsite.disclosure.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The public disclosure API takes POSTs from anyone, without a session or cookie: there is no
 * signed-in user whose rights a forged request could borrow, so it needs no CSRF token (the
 * console's chain, which would ask for one, never sees these paths). Served in every role.
 */
@Configuration(proxyBeanMethods = false)
class PublicDisclosureSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain publicDisclosureApi(HttpSecurity http) throws Exception {
		return http.securityMatcher("/api/public/disclosure/**")
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.build();
	}
}
