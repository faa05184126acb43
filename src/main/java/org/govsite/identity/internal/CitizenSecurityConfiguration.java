package org.govsite.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The citizens' pages ({@code /citizen/…}, {@code /my}) in a filter chain of their own, in every
 * role: the citizen's sign-in is kept under a session attribute of its own ({@link CitizenContexts}),
 * so the console's chain never sees it, and it carries no staff authority should it ever be shown
 * one. With the provincial 统一身份认证平台 configured, citizens also sign in there (OpenID Connect).
 */
@Configuration(proxyBeanMethods = false)
class CitizenSecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain citizens(HttpSecurity http, CitizenContexts contexts) throws Exception {
		http.securityMatcher("/citizen/**", "/my", "/my/**")
			.securityContext(context -> context.securityContextRepository(contexts.repository()))
			.requestCache(cache -> cache.disable())
			.headers(headers -> headers
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'")))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/my", "/my/**").hasAuthority(CitizenAuthentication.AUTHORITY)
				.anyRequest().permitAll())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/citizen/login")));
		return http.build();
	}
}
