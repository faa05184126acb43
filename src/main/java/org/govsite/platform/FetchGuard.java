package org.govsite.platform;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * The one way the platform fetches a URL it was given (an old site to migrate, an upper-level
 * portal's feed, a link to check): only http and https, no user name in the address, and no
 * address of the platform's own networks (loopback, private, link-local such as cloud metadata,
 * carrier-grade NAT, unique-local, multicast, unspecified) unless its host is allowed by name in
 * {@code govsite.fetch.allowed-hosts}. Every redirect is checked the same way before it is followed,
 * and a body is read only up to its limit.
 * <p>
 * The address is checked when the host is resolved; a name whose DNS answer changes between that
 * check and the connection (DNS rebinding) is outside what this guard can see, which is why the
 * admin nodes that fetch belong on a network that cannot reach internal services anyway.
 */
@Component
public class FetchGuard {

	/** How a fetch is limited ({@code govsite.fetch.*}). */
	@ConfigurationProperties("govsite.fetch")
	public record Settings(@DefaultValue Set<String> allowedHosts, @DefaultValue("15s") Duration timeout,
			@DefaultValue("20971520") long maxBytes, @DefaultValue("5") int maxRedirects) {
	}

	/** An answer: where it finally came from, its status, type, body and headers. */
	public record Fetched(URI uri, int status, String contentType, byte[] body, java.net.http.HttpHeaders headers) {
	}

	private final Set<String> allowedHosts;

	private final Settings settings;

	private final HttpClient client;

	public FetchGuard(Settings settings) {
		this.settings = settings;
		this.allowedHosts = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		this.allowedHosts.addAll(settings.allowedHosts());
		this.client = HttpClient.newBuilder()
			.connectTimeout(settings.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * The same guard allowing one more host by name: an old site being migrated, which its operator
	 * allowed explicitly for that migration only (it may sit on the platform's own network).
	 */
	public FetchGuard allowing(String host) {
		Set<String> hosts = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		hosts.addAll(allowedHosts);
		hosts.add(host);
		return new FetchGuard(new Settings(hosts, settings.timeout(), settings.maxBytes(), settings.maxRedirects()));
	}

	/**
	 * Checks an address given from outside.
	 *
	 * @throws RuleViolation {@code platform.fetch.*} naming why it may not be fetched
	 */
	public URI check(String address) {
		URI uri;
		try {
			uri = new URI(address.strip());
		}
		catch (URISyntaxException e) {
			throw new RuleViolation("platform.fetch.malformed", address);
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new RuleViolation("platform.fetch.scheme", address);
		}
		if (uri.getRawUserInfo() != null) {
			throw new RuleViolation("platform.fetch.userInfo", address);
		}
		String host = uri.getHost();
		if (host == null || host.isBlank()) {
			throw new RuleViolation("platform.fetch.malformed", address);
		}
		if (allowedHosts.contains(host)) {
			return uri;
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(host);
		}
		catch (UnknownHostException e) {
			throw new RuleViolation("platform.fetch.unknownHost", host);
		}
		for (InetAddress resolved : addresses) {
			if (internal(resolved)) {
				throw new RuleViolation("platform.fetch.internal", host);
			}
		}
		return uri;
	}

	/**
	 * Whether a connection to this address of the host is allowed: the host (or the address itself)
	 * is listed in {@code govsite.fetch.allowed-hosts}, or the address is not of the platform's own
	 * networks. For callers that resolve the name themselves, such as the domain ledger's checks.
	 */
	public boolean mayConnect(String host, InetAddress address) {
		return allowedHosts.contains(host) || allowedHosts.contains(address.getHostAddress()) || !internal(address);
	}

	/** The longest a connection through the guard may wait. */
	public Duration timeout() {
		return settings.timeout();
	}

	/** Fetches with GET, following checked redirects, reading at most the body limit. */
	public Fetched get(String address) throws IOException {
		return get(address, java.util.Map.of());
	}

	/**
	 * Fetches with GET as {@link #get(String)}, sending the given headers with the first request
	 * (a conditional request's {@code If-None-Match}, {@code If-Modified-Since}): they are about
	 * the address asked for, not where it redirects.
	 */
	public Fetched get(String address, java.util.Map<String, String> headers) throws IOException {
		URI uri = check(address);
		for (int redirects = 0;; redirects++) {
			HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(settings.timeout()).GET()
				.header("User-Agent", "GovSite");
			if (redirects == 0) {
				headers.forEach(builder::header);
			}
			HttpRequest request = builder.build();
			HttpResponse<InputStream> response;
			try {
				response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IOException("Interrupted while fetching " + uri, e);
			}
			int status = response.statusCode();
			String location = response.headers().firstValue("Location").orElse(null);
			if (status >= 300 && status < 400 && location != null) {
				response.body().close();
				if (redirects >= settings.maxRedirects()) {
					throw new RuleViolation("platform.fetch.tooManyRedirects", address);
				}
				uri = check(uri.resolve(location).toString());
				continue;
			}
			try (InputStream body = response.body()) {
				byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes() + 1));
				if (bytes.length > settings.maxBytes()) {
					throw new RuleViolation("platform.fetch.tooLarge", address, settings.maxBytes());
				}
				return new Fetched(uri, status, response.headers().firstValue("Content-Type").orElse(""), bytes,
						response.headers());
			}
		}
	}

	/** Whether the address belongs to the platform's own networks rather than the internet. */
	static boolean internal(InetAddress address) {
		if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		byte[] bytes = address.getAddress();
		if (bytes.length == 4) {
			int first = bytes[0] & 0xff;
			int second = bytes[1] & 0xff;
			return first == 0 // "this network"
					|| (first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
					|| (first == 192 && second == 0 && (bytes[2] & 0xff) == 0) // IETF protocol assignments
					|| (first == 198 && (second == 18 || second == 19)) // benchmarking
					|| first >= 240; // reserved and broadcast
		}
		// IPv6: unique local fc00::/7; IPv4-mapped and -compatible forms are judged by their IPv4 part
		if ((bytes[0] & 0xfe) == 0xfc) {
			return true;
		}
		boolean zeroPrefix = true;
		for (int i = 0; i < 10; i++) {
			zeroPrefix &= bytes[i] == 0;
		}
		if (zeroPrefix && ((bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff) || (bytes[10] == 0 && bytes[11] == 0))) {
			try {
				return internal(InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)));
			}
			catch (UnknownHostException e) {
				return true;
			}
		}
		return false;
	}
}
