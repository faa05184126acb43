package org.govsite.publish.internal;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.govsite.publish.internal.ServedSites.Served;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves the published sites in role {@code all}, for trying the platform on one machine: a request
 * whose host is a site's domain gets that site's files (and nothing of the back office), and
 * {@code /sites/<标识码>/…} gets them under a path prefix. Paths are resolved inside the site's
 * folder only (no {@code ..}, no symbolic link leading out); a folder answers with its
 * {@code index.html}; a missing file with the site's {@code 404.html}. In production nginx serves
 * the same folders (see {@code deploy/nginx/govsite.conf}).
 */
final class PublishedSiteFilter extends OncePerRequestFilter {

	static final String PREFIX = "/sites/";

	private final ServedSites sites;

	private final Path publishRoot;

	private final ManifestStore manifest;

	PublishedSiteFilter(ServedSites sites, Path publishRoot, ManifestStore manifest) {
		this.sites = sites;
		this.publishRoot = publishRoot.toAbsolutePath().normalize();
		this.manifest = manifest;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String uri = request.getRequestURI().substring(request.getContextPath().length());
		// a dynamic page (the public API, the letters) is the application's whatever the host: no lookup,
		// which on the console's own host rereads the site directory every second
		if (request.getServerName() != null && !dynamic(uri)) {
			Optional<Served> byHost = sites.byHost(request.getServerName());
			if (byHost.isPresent()) {
				serve(byHost.get(), uri, "/", request, response);
				return;
			}
			Optional<ServedSites.Unserved> unserved = sites.unservedByHost(request.getServerName());
			if (unserved.isPresent()) {
				unavailable(SiteUnavailablePage.of(unserved.get().name(), unserved.get().state()), response);
				return;
			}
		}
		if (uri.startsWith(PREFIX)) {
			String rest = uri.substring(PREFIX.length());
			int slash = rest.indexOf('/');
			String code = slash < 0 ? rest : rest.substring(0, slash);
			Optional<Served> byCode = sites.byCode(code);
			if (byCode.isPresent()) {
				if (slash < 0) {
					response.sendRedirect(request.getContextPath() + PREFIX + code + "/");
					return;
				}
				serve(byCode.get(), rest.substring(slash), PREFIX + code + "/", request, response);
				return;
			}
			// a site not online, or none: a page that says so, not the console's JSON error
			Optional<ServedSites.Unserved> unserved = sites.unservedByCode(code);
			unavailable(unserved.isPresent() ? SiteUnavailablePage.of(unserved.get().name(), unserved.get().state())
					: SiteUnavailablePage.of(null, null), response);
			return;
		}
		chain.doFilter(request, response);
	}

	/** The public role's own pages, which a site's host name reaches too (as nginx passes them on). */
	private static boolean dynamic(String uri) {
		return org.govsite.platform.PublicPages.contains(uri);
	}

	private void serve(Served site, String rawPath, String base, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			response.setHeader("Allow", "GET, HEAD");
			response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
			return;
		}
		Path root = publishRoot.resolve(site.folder());
		Optional<String> path = sitePath(rawPath);
		Optional<Path> file = path.flatMap(relative -> resolve(root, relative));
		if (file.isPresent() && Files.isDirectory(file.get(), LinkOption.NOFOLLOW_LINKS)) {
			if (!rawPath.endsWith("/")) {
				response.sendRedirect(request.getContextPath() + base.substring(0, base.length() - 1) + rawPath + "/");
				return;
			}
			file = resolve(root, path.get() + (path.get().isEmpty() ? "" : "/") + "index.html");
		}
		securityHeaders(response);
		if (file.isEmpty() || !Files.isRegularFile(file.get(), LinkOption.NOFOLLOW_LINKS)) {
			notFound(root, path.orElse(""), base, response);
			return;
		}
		String relative = root.relativize(file.get()).toString().replace('\\', '/');
		if (relative.equals(PageAddresses.NOT_FOUND) || relative.equals(PageAddresses.TRADITIONAL + PageAddresses.NOT_FOUND)) {
			// opened by its own address (the 繁體 link of a 404 answer): its base must follow the prefix too
			writeNotFoundPage(file.get(), base, response);
			return;
		}
		String sha = manifest.digests(site.id(), java.util.List.of(relative)).get(relative);
		if (sha != null) {
			String etag = "\"" + sha + "\"";
			response.setHeader("ETag", etag);
			if (etag.equals(request.getHeader("If-None-Match"))) {
				response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
				return;
			}
		}
		response.setContentType(ContentTypes.of(relative));
		response.setHeader("Cache-Control", relative.startsWith(PageAddresses.ASSETS) || relative.startsWith(PageAddresses.FILES)
				? "public, max-age=31536000, immutable" : "public, max-age=60, must-revalidate");
		response.setContentLengthLong(Files.size(file.get()));
		if (!"HEAD".equals(request.getMethod())) {
			Files.copy(file.get(), response.getOutputStream());
		}
	}

	/** The decoded path inside the site, refusing anything that could step out of it. */
	static Optional<String> sitePath(String rawPath) {
		String decoded;
		try {
			decoded = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException malformed) {
			return Optional.empty();
		}
		if (decoded.indexOf('\0') >= 0 || decoded.contains("\\")) {
			return Optional.empty();
		}
		StringBuilder clean = new StringBuilder();
		for (String segment : decoded.split("/")) {
			if (segment.isEmpty() || segment.equals(".")) {
				continue;
			}
			if (segment.equals("..") || segment.startsWith(".")) {
				return Optional.empty();
			}
			if (!clean.isEmpty()) {
				clean.append('/');
			}
			clean.append(segment);
		}
		return Optional.of(clean.toString());
	}

	/** The file inside the root, following no symbolic link out of it. */
	static Optional<Path> resolve(Path root, String relative) {
		Path target = root.resolve(relative).normalize();
		if (!target.startsWith(root) || !Files.exists(target)) {
			return Optional.empty();
		}
		try {
			Path real = target.toRealPath();
			Path realRoot = root.toRealPath();
			return real.startsWith(realRoot) ? Optional.of(real) : Optional.empty();
		}
		catch (IOException e) {
			return Optional.empty();
		}
	}

	/** The site's 404 page, in the traditional copy's words for an address under {@code zh-hant/}. */
	private static void notFound(Path root, String path, String base, HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		Path traditional = root.resolve(PageAddresses.TRADITIONAL + PageAddresses.NOT_FOUND);
		Path page = path.startsWith(PageAddresses.TRADITIONAL) && Files.isRegularFile(traditional, LinkOption.NOFOLLOW_LINKS)
				? traditional : root.resolve(PageAddresses.NOT_FOUND);
		if (Files.isRegularFile(page, LinkOption.NOFOLLOW_LINKS)) {
			writeNotFoundPage(page, base, response);
		}
	}

	/** The 404 page is made for any address, so its links go through a {@code <base>} that must name the prefix served. */
	private static void writeNotFoundPage(Path page, String base, HttpServletResponse response) throws IOException {
		String html = Files.readString(page).replaceFirst("<base href=\"/", "<base href=\"" + base);
		response.setContentType(ContentTypes.of(PageAddresses.NOT_FOUND));
		response.setHeader("Cache-Control", "no-cache");
		response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
	}

	private static void unavailable(SiteUnavailablePage.Answer answer, HttpServletResponse response) throws IOException {
		securityHeaders(response);
		response.setStatus(answer.status());
		response.setHeader("Cache-Control", "no-cache");
		response.setContentType("text/html;charset=UTF-8");
		response.getOutputStream().write(answer.html().getBytes(StandardCharsets.UTF_8));
	}

	private static void securityHeaders(HttpServletResponse response) {
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setHeader("X-Frame-Options", "SAMEORIGIN");
		response.setHeader("Content-Security-Policy",
				"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'self'");
	}
}
