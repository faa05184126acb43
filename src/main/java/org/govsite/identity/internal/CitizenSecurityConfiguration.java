package org.govsite.identity.internal;

import org.govsite.identity.Citizen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
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

	private static final Logger log = LoggerFactory.getLogger(CitizenSecurityConfiguration.class);

	static final String REGISTRATION = "province";

	@Bean
	@Order(1)
	SecurityFilterChain citizens(HttpSecurity http, CitizenContexts contexts, CitizenProperties properties,
			ProvincialSignOn signOn) throws Exception {
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
		if (properties.sso().enabled()) {
			OidcUserService users = new OidcUserService();
			http.oauth2Login(login -> login.loginPage("/citizen/login")
				.clientRegistrationRepository(new ProvincialRegistration(properties.sso(), REGISTRATION))
				.authorizationEndpoint(endpoint -> endpoint.baseUri("/citizen/oauth2/authorization"))
				.redirectionEndpoint(endpoint -> endpoint.baseUri("/citizen/login/oauth2/code/*"))
				.userInfoEndpoint(info -> info.oidcUserService(request -> {
					OidcUser user = users.loadUser(request);
					Citizen citizen = signOn.signedIn(user.getIdToken().getIssuer().toString(), user.getSubject(),
							name(user, properties.sso().nameClaim()), user.getEmail(), Boolean.TRUE.equals(user.getEmailVerified()));
					return new CitizenOidcUser(user, citizen);
				}))
				.successHandler((request, response, authentication) -> {
					contexts.start(((CitizenOidcUser) authentication.getPrincipal()).citizen(), request, response);
					response.sendRedirect("/my");
				})
				.failureHandler((request, response, exception) -> {
					log.warn("A sign-in through the 统一身份认证平台 failed: {}", exception.getMessage());
					response.sendRedirect("/citizen/login?sso=failed");
				}));
		}
		return http.build();
	}

	private static String name(OidcUser user, String claim) {
		String name = user.getClaimAsString(claim);
		return name != null ? name : user.getPreferredUsername();
	}
}
