package org.govsite.site.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

import org.govsite.platform.FetchGuard;
import org.jspecify.annotations.Nullable;

/**
 * Looks at one domain from outside, as a citizen's browser would: what its name resolves to, and
 * the certificate its HTTPS server presents. Only addresses the fetch guard allows are connected to.
 * The chain is read whatever it is, then judged on its own (name, trust), so that a certificate
 * that would fail the handshake is still described on the ledger.
 */
public final class DomainProbe {

	/** Resolves a host name: the system's resolver on the platform, a fixed answer in a test. */
	@FunctionalInterface
	public interface Resolver {

		InetAddress[] resolve(String host) throws UnknownHostException;
	}

	/** What can be wrong with a domain, as seen from outside. */
	public enum Problem {

		UNRESOLVED, INTERNAL_ONLY, UNREACHABLE, NAME_MISMATCH, UNTRUSTED
	}

	/** What was seen: the addresses, the server's certificate if one was read, the problems. */
	public record Result(List<String> addresses, @Nullable X509Certificate certificate, List<Problem> problems) {
	}

	private final Resolver resolver;

	private final FetchGuard guard;

	private final int port;

	private final X509TrustManager trust;

	public DomainProbe(Resolver resolver, FetchGuard guard, int port, X509TrustManager trust) {
		this.resolver = resolver;
		this.guard = guard;
		this.port = port;
		this.trust = trust;
	}

	/** The JDK's default trust anchors, as a browser would judge the chain. */
	public static X509TrustManager systemTrust() {
		try {
			TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			factory.init((KeyStore) null);
			return Arrays.stream(factory.getTrustManagers()).filter(X509TrustManager.class::isInstance)
				.map(X509TrustManager.class::cast).findFirst().orElseThrow();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("No default trust manager", e);
		}
	}

	/** @param host the domain as DNS knows it (punycode for a Chinese domain) */
	public Result probe(String host) {
		InetAddress[] resolved;
		try {
			resolved = resolver.resolve(host);
		}
		catch (UnknownHostException e) {
			return new Result(List.of(), null, List.of(Problem.UNRESOLVED));
		}
		List<String> addresses = Arrays.stream(resolved).map(InetAddress::getHostAddress).distinct().toList();
		List<InetAddress> allowed = Arrays.stream(resolved).filter(address -> guard.mayConnect(host, address)).toList();
		if (allowed.isEmpty()) {
			return new Result(addresses, null, List.of(Problem.INTERNAL_ONLY));
		}
		X509Certificate[] chain;
		try {
			chain = chainOf(host, allowed.getFirst());
		}
		catch (IOException | GeneralSecurityException e) {
			return new Result(addresses, null, List.of(Problem.UNREACHABLE));
		}
		List<Problem> problems = new ArrayList<>();
		if (!namesMatch(chain[0], host)) {
			problems.add(Problem.NAME_MISMATCH);
		}
		try {
			// "UNKNOWN" is the key-exchange type TLS 1.3 reports: the end-entity checks stay generic
			trust.checkServerTrusted(chain, "UNKNOWN");
		}
		catch (CertificateException e) {
			problems.add(Problem.UNTRUSTED);
		}
		return new Result(addresses, chain[0], List.copyOf(problems));
	}

	private X509Certificate[] chainOf(String host, InetAddress address) throws IOException, GeneralSecurityException {
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, new TrustManager[] { new ReadAnyChain() }, null);
		int timeout = (int) guard.timeout().toMillis();
		try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket()) {
			socket.connect(new InetSocketAddress(address, port), timeout);
			socket.setSoTimeout(timeout);
			SSLParameters parameters = socket.getSSLParameters();
			parameters.setServerNames(List.of(new SNIHostName(host)));
			socket.setSSLParameters(parameters);
			socket.startHandshake();
			return Arrays.stream(socket.getSession().getPeerCertificates()).map(X509Certificate.class::cast)
				.toArray(X509Certificate[]::new);
		}
	}

	/** Whether a DNS name of the certificate (subject alternative names, as browsers require) covers the host. */
	static boolean namesMatch(X509Certificate certificate, String host) {
		Collection<List<?>> names;
		try {
			names = certificate.getSubjectAlternativeNames();
		}
		catch (CertificateParsingException e) {
			return false;
		}
		if (names == null) {
			return false;
		}
		String wanted = host.toLowerCase(Locale.ROOT);
		for (List<?> name : names) {
			if (Integer.valueOf(2).equals(name.get(0)) && matches(String.valueOf(name.get(1)).toLowerCase(Locale.ROOT), wanted)) {
				return true;
			}
		}
		return false;
	}

	/** A certificate's DNS name against the host: exact, or a wildcard standing for exactly the first label. */
	static boolean matches(String pattern, String host) {
		if (!pattern.startsWith("*.")) {
			return pattern.equals(host);
		}
		int dot = host.indexOf('.');
		return dot > 0 && host.substring(dot).equals(pattern.substring(1));
	}

	/** Accepts every chain during the handshake; {@link #probe} judges it afterwards. */
	private static final class ReadAnyChain extends X509ExtendedTrustManager {

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType) {
			// read, not judged here
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
			// read, not judged here
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
			// read, not judged here
		}

		@Override
		public X509Certificate[] getAcceptedIssuers() {
			return new X509Certificate[0];
		}
	}
}
