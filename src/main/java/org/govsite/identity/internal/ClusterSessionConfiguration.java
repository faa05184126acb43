package org.govsite.identity.internal;

import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * With {@code govsite.cluster.enabled}, the citizens' and staff's sessions are kept in PostgreSQL
 * (Spring Session JDBC, docs/adr/0004), so that any node behind the load balancer knows a sign-in
 * another took; otherwise they stay in the servlet container's memory as on one node.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("govsite.cluster.enabled")
@EnableJdbcHttpSession
class ClusterSessionConfiguration {

	/** The same time-out as the container's sessions. */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(Environment environment) {
		Duration timeout = Binder.get(environment).bind("server.servlet.session.timeout", Duration.class)
			.orElse(Duration.ofMinutes(30));
		return repository -> repository.setDefaultMaxInactiveInterval(timeout);
	}

	/** Saving an attribute twice at once (two requests of one browser) updates it rather than failing. */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertAttributes() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	/**
	 * The cookie as the container would set it (name, HttpOnly, SameSite=Lax, Secure over TLS), so
	 * that nginx's rules and the browser tests need not know which store is behind it.
	 */
	@Bean
	CookieSerializer sessionCookie() {
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName("JSESSIONID");
		cookie.setUseBase64Encoding(false);
		cookie.setSameSite("Lax");
		return cookie;
	}
}
