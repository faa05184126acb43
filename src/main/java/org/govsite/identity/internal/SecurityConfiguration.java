package org.govsite.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.govsite.identity.StaffRole;
import org.govsite.platform.DeploymentRole;
import org.govsite.platform.GovSiteProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.authorization.DefaultAuthorizationManagerFactory;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may reach what. The console needs a signed-in staff member, with a TOTP code where the
 * policy asks for one; the API takes bearer tokens only (no cookies, so no CSRF); the public part
 * is open. In role {@code public} the back office does not exist at all: its paths answer 404.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/** The staff's registration at the provincial platform: sign-in starts at {@code /login/sso/staff}. */
	static final String STAFF_REGISTRATION = "staff";

	@Bean
	PasswordEncoder passwordEncoder() {
		return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
	}

	/**
	 * Password (or the provincial platform's sign-in) plus TOTP for every console session whose
	 * holder the policy requires it of, and for every session the provincial platform began.
	 */
	@Bean
	AuthorizationManagerFactory<Object> secondFactorRule() {
		DefaultAuthorizationManagerFactory<Object> factory = new DefaultAuthorizationManagerFactory<>();
		factory.setAdditionalAuthorization(SecondFactor.rule());
		return factory;
	}

	/**
	 * The public API (search, letters, applications for disclosure …) in every role: anyone may call
	 * it, it keeps no session and signs no one in, so a forged cross-site request borrows no one's
	 * rights and it needs no CSRF token.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain publicApi(HttpSecurity http) throws Exception {
		return http.securityMatcher("/api/public/**")
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, GovSiteProperties properties, IssuedTokens tokens,
			StaffAccountRepository accounts, StaffUserDetailsService users) throws Exception {
		http.securityMatcher("/api/v1/**")
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable());
		if (properties.role() == DeploymentRole.PUBLIC) {
			return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll()).build();
		}
		AuthenticationFilter bearer = new AuthenticationFilter(
				new ProviderManager(new ApiTokenAuthenticationProvider(tokens, accounts, users)), new BearerTokenConverter());
		bearer.setSecurityContextRepository(new RequestAttributeSecurityContextRepository());
		bearer.setSuccessHandler((request, response, authentication) -> {
		});
		bearer.setFailureHandler((request, response, exception) -> problem(response, HttpServletResponse.SC_UNAUTHORIZED));
		return http.addFilterBefore(bearer, BasicAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority(StaffRole.STAFF_AUTHORITY))
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint((request, response, e) -> problem(response, HttpServletResponse.SC_UNAUTHORIZED))
				.accessDeniedHandler((request, response, e) -> problem(response, HttpServletResponse.SC_FORBIDDEN)))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain console(HttpSecurity http, GovSiteProperties properties, SignInHandlers signIn,
			SignOutAudit signOut, StaffUserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle,
			StaffSsoProperties sso, StaffSignOnHandlers signOn) throws Exception {
		http.headers(headers -> headers
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
			.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'")));
		if (properties.role() == DeploymentRole.PUBLIC) {
			return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll()).build();
		}
		AuthenticationEntryPoint totpPage = new LoginUrlAuthenticationEntryPoint("/login/totp");
		ThrottledPasswordSignIn passwords = new ThrottledPasswordSignIn(users, encoder, throttle);
		// the manager is ours (no fallback to an unthrottled password check); the provider's sign-in joins it when on
		http.authenticationManager(!sso.active() ? new ProviderManager(passwords) : new ProviderManager(passwords,
				new OidcAuthorizationCodeAuthenticationProvider(new RestClientAuthorizationCodeTokenResponseClient(),
						new OidcUserService())));
		if (sso.active()) {
			// the provincial platform signs staff in to bound accounts only, and TOTP is still asked (ADR 0003)
			http.oauth2Login(login -> login.loginPage("/login")
				.clientRegistrationRepository(new ProvincialRegistration(sso, STAFF_REGISTRATION))
				.authorizationEndpoint(endpoint -> endpoint.baseUri("/login/sso"))
				.redirectionEndpoint(endpoint -> endpoint.baseUri("/login/sso/code/*"))
				.successHandler(signOn)
				.failureHandler(signOn));
		}
		return http
			.authorizeHttpRequests(requests -> requests
				// the OpenAPI description maps the whole back office, in JSON and in YAML: for signed-in staff only
				.requestMatchers("/admin/**", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**")
				.hasAuthority(StaffRole.STAFF_AUTHORITY)
				.anyRequest().permitAll())
			.formLogin(login -> login.loginPage("/login").successHandler(signIn).failureHandler(signIn).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").addLogoutHandler(signOut))
			.exceptionHandling(exceptions -> exceptions.defaultDeniedHandlerForMissingAuthority(totpPage,
					SecondFactor.AUTHORITY))
			.build();
	}

	private static void problem(HttpServletResponse response, int status) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		String detail = status == HttpServletResponse.SC_UNAUTHORIZED ? "需要有效的 API 令牌（Authorization: Bearer ...）"
				: "您没有执行此操作的权限。";
		String title = status == HttpServletResponse.SC_UNAUTHORIZED ? "未认证" : "无权访问";
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
				+ ",\"detail\":\"" + detail + "\"}");
	}
}
