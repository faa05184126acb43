package org.govsite.platform.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The application's request mappings, found without testing each of them against every request.
 * A path with a variable ({@code /api/public/mailboxes/{id}/letters}) has no direct lookup, and
 * Spring then tries every mapping of the application in turn (their methods, paths, media types):
 * at several hundred mappings, a tenth of a letter's CPU. A mapping whose every pattern begins with
 * text the request's path does not begin with cannot match it, so it is passed over at the price of
 * a {@code startsWith}; the others are tried as before. Paths with escapes or path parameters
 * ({@code %}, {@code ;}) are matched by their decoded segments, so for them nothing is passed over.
 */
class PrefixedRequestMappings extends RequestMappingHandlerMapping {

	/** The path being looked up on this thread, or null: nothing passed over. */
	private static final ThreadLocal<@Nullable String> PATH = new ThreadLocal<>();

	/** Each mapping's literal beginnings ("" when it could match any path). */
	private final Map<RequestMappingInfo, String[]> beginnings = new ConcurrentHashMap<>();

	@Override
	protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
		String outer = PATH.get();
		PATH.set(lookupPath.indexOf('%') < 0 && lookupPath.indexOf(';') < 0 ? lookupPath : null);
		try {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		finally {
			if (outer == null) {
				PATH.remove();
			}
			else {
				PATH.set(outer);
			}
		}
	}

	@Override
	protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		String path = PATH.get();
		if (path != null && !beginsWithAny(path, beginnings.computeIfAbsent(info, this::beginnings))) {
			return null;
		}
		return super.getMatchingMapping(info, request);
	}

	private static boolean beginsWithAny(String path, String[] beginnings) {
		for (String beginning : beginnings) {
			if (path.startsWith(beginning)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The whole segments before the first variable or wildcard of each pattern, without the last
	 * slash; "" where that is not safe to say.
	 */
	String[] beginnings(RequestMappingInfo info) {
		PathPatternsRequestCondition condition = info.getPathPatternsCondition();
		if (condition == null || condition.getPatterns().isEmpty() || !getPatternParser().isCaseSensitive()) {
			return new String[] { "" };
		}
		return condition.getPatterns().stream().map(PathPattern::getPatternString).map(PrefixedRequestMappings::beginning)
			.toArray(String[]::new);
	}

	static String beginning(String pattern) {
		if (!pattern.startsWith("/")) {
			return "";
		}
		int end = pattern.length();
		for (char special : new char[] { '{', '*', '?' }) {
			int at = pattern.indexOf(special);
			if (at >= 0 && at < end) {
				end = at;
			}
		}
		if (end == pattern.length()) {
			return pattern;
		}
		// up to the segment the variable or wildcard is in, without its slash: /files/** matches /files
		return pattern.substring(0, pattern.lastIndexOf('/', end - 1));
	}

	/** Spring Boot builds its request mapping (interceptors, CORS, content negotiation) as this class. */
	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		WebMvcRegistrations prefixedRequestMappings() {
			return new WebMvcRegistrations() {

				@Override
				public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
					return new PrefixedRequestMappings();
				}
			};
		}
	}
}
