package org.govsite.test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArraySet;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * A real OpenID Connect provider for the tests, standing in for the provincial 统一身份认证平台:
 * Spring Authorization Server on loopback, its port chosen once per test run, started by the first
 * test that needs it (the platform reads its discovery document only at the first sign-in, so every
 * test context is configured with its issuer from the start). One citizen, {@link #USERNAME}, whose
 * ID token carries a name and a verified email; the platform is the client {@link #CLIENT_ID}.
 */
public final class TestOidcProvider {

	public static final String CLIENT_ID = "govsite";

	public static final String CLIENT_SECRET = "govsite-test-secret";

	public static final String USERNAME = "zhaoliu";

	public static final String PASSWORD = "Sso-test-2026!";

	public static final String NAME = "赵六";

	public static final String EMAIL = "zhaoliu@sso.example.cn";

	private static final int PORT = freePort();

	public static final String ISSUER = "http://127.0.0.1:" + PORT;

	private static final Set<String> REDIRECTS = new CopyOnWriteArraySet<>();

	private static @Nullable AnnotationConfigServletWebServerApplicationContext running;

	private TestOidcProvider() {
	}

	/** Starts the provider if it is not running yet, and lets it send citizens back to this address. */
	public static synchronized void startFor(String redirectUri) {
		REDIRECTS.add(redirectUri);
		if (running == null) {
			AnnotationConfigServletWebServerApplicationContext context = new AnnotationConfigServletWebServerApplicationContext();
			context.register(Provider.class);
			context.refresh();
			running = context;
			Runtime.getRuntime().addShutdownHook(new Thread(context::close));
		}
	}

	/** Registered by hand, not a {@code @Configuration}: the platform's test contexts scan this package. */
	@EnableWebSecurity
	static class Provider {

		@Bean
		TomcatServletWebServerFactory server() {
			TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(PORT);
			factory.setAddress(InetAddress.getLoopbackAddress());
			// every answer comes from the security filters, which Tomcat runs only for a request some servlet maps
			factory.setRegisterDefaultServlet(true);
			// a browser keeps cookies per host, not per port: the provider's session must not replace the platform's
			factory.getSettings().getSession().getCookie().setName("OIDC_PROVIDER_SESSION");
			return factory;
		}

		@Bean
		@Order(1)
		SecurityFilterChain endpoints(HttpSecurity http) throws Exception {
			http.oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()));
			return http.securityMatcher(http.getConfigurer(OAuth2AuthorizationServerConfigurer.class).getEndpointsMatcher())
				.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
				.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
				.build();
		}

		@Bean
		@Order(2)
		SecurityFilterChain signIn(HttpSecurity http) throws Exception {
			return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
				.formLogin(Customizer.withDefaults())
				.build();
		}

		@Bean
		UserDetailsService users() {
			return new InMemoryUserDetailsManager(User.withUsername(USERNAME).password("{noop}" + PASSWORD).roles("USER").build());
		}

		/** The one client, with every redirect address a test asked for (the platform's port is random). */
		@Bean
		RegisteredClientRepository clients() {
			return new RegisteredClientRepository() {

				private final String id = UUID.randomUUID().toString();

				@Override
				public void save(RegisteredClient client) {
					// the server saves a client whose secret it would store encoded anew: the test's stays as it is
				}

				@Override
				public @Nullable RegisteredClient findById(String id) {
					return this.id.equals(id) ? client() : null;
				}

				@Override
				public @Nullable RegisteredClient findByClientId(String clientId) {
					return CLIENT_ID.equals(clientId) ? client() : null;
				}

				private RegisteredClient client() {
					return RegisteredClient.withId(id)
						.clientId(CLIENT_ID)
						.clientSecret("{noop}" + CLIENT_SECRET)
						.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
						.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
						.redirectUris(uris -> uris.addAll(REDIRECTS))
						.scope(OidcScopes.OPENID)
						.scope(OidcScopes.PROFILE)
						.scope(OidcScopes.EMAIL)
						.clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
						.build();
				}
			};
		}

		/** The citizen's name and verified email in the ID token, as a provincial platform sends them. */
		@Bean
		OAuth2TokenCustomizer<JwtEncodingContext> claims() {
			return context -> {
				if ("id_token".equals(context.getTokenType().getValue())) {
					context.getClaims().claim("name", NAME).claim("email", EMAIL).claim("email_verified", true);
				}
			};
		}

		@Bean
		JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
				.keyID(UUID.randomUUID().toString())
				.build();
			return new ImmutableJWKSet<>(new JWKSet(key));
		}

		/** For the user info endpoint's access tokens. */
		@Bean
		JwtDecoder tokens(JWKSource<SecurityContext> keys) {
			DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
			processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
			return new NimbusJwtDecoder(processor);
		}

		@Bean
		AuthorizationServerSettings settings() {
			return AuthorizationServerSettings.builder().issuer(ISSUER).build();
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
