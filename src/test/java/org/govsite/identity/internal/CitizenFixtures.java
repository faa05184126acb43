package org.govsite.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;

import org.govsite.identity.CitizenAccounts;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Citizen accounts for tests: registered, verified and signed in through their pages, each from an address of its own. */
@Component
public class CitizenFixtures {

	public static final String PASSWORD = "Lv-tu-2026!qiao";

	private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

	private final CitizenStore store;

	private final CitizenAccounts accounts;

	CitizenFixtures(CitizenStore store, CitizenAccounts accounts) {
		this.store = store;
		this.accounts = accounts;
	}

	/** A citizen's session and verified email. */
	public record SignedIn(MockHttpSession session, String email) {
	}

	public SignedIn signedIn(MockMvc mvc, String name) throws Exception {
		String address = address();
		String email = "c" + address.replace('.', '-') + "@example.cn";
		assertThat(register(mvc, address, email, name, PASSWORD, PASSWORD).getStatus()).isEqualTo(200);
		long id = store.byEmail(accounts.emailDigest(email)).orElseThrow().id();
		mvc.perform(get("/citizen/verify").param("token", knownLink(id)));
		MockHttpSession session = new MockHttpSession();
		assertThat(signIn(mvc, address, email, PASSWORD, session).getRedirectedUrl()).isEqualTo("/my");
		return new SignedIn(session, email);
	}

	/** The emailed link's token is known only to the mailbox: the test gives the account one of its own. */
	public String knownLink(long id) throws Exception {
		String token = "test-link-" + id + "-" + System.nanoTime();
		String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		store.verification(hash, id, Instant.now().plus(3650, ChronoUnit.DAYS));
		return token;
	}

	public static MockHttpServletResponse register(MockMvc mvc, String address, String email, String name, String password,
			String confirmation) throws Exception {
		return mvc.perform(post("/citizen/register").with(csrf()).with(request -> remote(request, address)).param("email", email)
			.param("name", name).param("password", password).param("confirmation", confirmation)).andReturn().getResponse();
	}

	public static MockHttpServletResponse signIn(MockMvc mvc, String address, String email, String password,
			MockHttpSession session) throws Exception {
		return mvc.perform(post("/citizen/login").session(session).with(csrf()).with(request -> remote(request, address))
			.param("email", email).param("password", password)).andReturn().getResponse();
	}

	public static MockHttpServletRequest remote(MockHttpServletRequest request, String address) {
		request.setRemoteAddr(address);
		return request;
	}

	/** A client address no other test uses, for the limits per address. */
	public static String address() {
		int n = ADDRESSES.incrementAndGet();
		return "10.77." + (n / 250) + "." + (n % 250 + 1);
	}
}
