package org.govsite.identity.internal;

import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpSession;
import org.govsite.identity.Citizen;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one database with {@code govsite.cluster.enabled}: a citizen signed in through one
 * node's session filter is signed in on the other's, given only the cookie; without the setting no
 * session store is made and the container's own sessions serve, as on one node. Each node is a
 * small context of the session configuration on the test database, not a whole application.
 */
@IntegrationTest
class ClusterSessionTests {

	@Autowired
	DataSource dataSource;

	@Test
	void aSignInOnOneNodeHoldsOnAnother() {
		AtomicReference<Cookie> cookie = new AtomicReference<>();
		Citizen citizen = new Citizen(4242, "王小明", "wang@example.cn");

		node(true).run(nodeA -> {
			assertThat(nodeA).hasSingleBean(JdbcIndexedSessionRepository.class);
			MockHttpServletResponse response = through(nodeA, new MockHttpServletRequest(), request -> {
				CitizenContexts contexts = new CitizenContexts();
				MockHttpServletResponse ignored = new MockHttpServletResponse();
				contexts.start(citizen, request, ignored);
			});
			cookie.set(response.getCookie("JSESSIONID"));
		});
		assertThat(cookie.get()).as("the session cookie, as the container names it").isNotNull();

		node(true).run(nodeB -> {
			MockHttpServletRequest request = new MockHttpServletRequest();
			request.setCookies(cookie.get());
			AtomicReference<Object> found = new AtomicReference<>();
			through(nodeB, request, seen -> {
				HttpSession session = seen.getSession(false);
				found.set(session == null ? null : new CitizenContexts().of(seen).orElse(null));
			});
			assertThat(found.get()).isEqualTo(citizen);
		});
	}

	@Test
	void theSessionsLastAsTheContainersDo() {
		node(true).withPropertyValues("server.servlet.session.timeout=45m").run(node -> {
			org.springframework.session.Session session = node.getBean(JdbcIndexedSessionRepository.class).createSession();
			assertThat(session.getMaxInactiveInterval()).isEqualTo(java.time.Duration.ofMinutes(45));
		});
	}

	@Test
	void withoutTheClusterSettingNoSessionStoreIsMade() {
		node(false).run(node -> assertThat(node).doesNotHaveBean(SessionRepository.class)
			.doesNotHaveBean(SessionRepositoryFilter.class));
	}

	@Test
	void staffSignInsAreStoredToo() {
		node(true).run(node -> {
			StaffUser user = new StaffUser(7, "editor", "编辑", "{noop}x", true, false, true, true, false, java.util.List.of());
			SecurityContext context = new SecurityContextImpl(
					org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
			SecurityContext read = storedAndRead(node.getBean(JdbcIndexedSessionRepository.class), context);
			assertThat(read.getAuthentication().getPrincipal()).isEqualTo(user);
		});
	}

	private static <S extends org.springframework.session.Session> SecurityContext storedAndRead(SessionRepository<S> sessions,
			SecurityContext context) {
		S session = sessions.createSession();
		session.setAttribute("SPRING_SECURITY_CONTEXT", context);
		sessions.save(session);
		try {
			return sessions.findById(session.getId()).getAttribute("SPRING_SECURITY_CONTEXT");
		}
		finally {
			sessions.deleteById(session.getId());
		}
	}

	private WebApplicationContextRunner node(boolean cluster) {
		return new WebApplicationContextRunner()
			.withPropertyValues("govsite.cluster.enabled=" + cluster)
			// not the pool itself, which the small context would close when it closes
			.withBean(DataSource.class, () -> new DelegatingDataSource(dataSource))
			.withBean(PlatformTransactionManager.class, () -> new DataSourceTransactionManager(dataSource))
			.withUserConfiguration(ClusterSessionConfiguration.class);
	}

	private static MockHttpServletResponse through(org.springframework.context.ApplicationContext node, MockHttpServletRequest request,
			java.util.function.Consumer<jakarta.servlet.http.HttpServletRequest> handler) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		node.getBean(SessionRepositoryFilter.class).doFilter(request, response,
				(wrapped, ignored) -> handler.accept((jakarta.servlet.http.HttpServletRequest) wrapped));
		return response;
	}
}
