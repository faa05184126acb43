package org.govsite.interaction.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.govsite.interaction.Letters;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a letter body larger than a letter can be (64 KB; a letter is at most a few thousand
 * characters; a multipart letter also its attachments at their limits) before anything reads it:
 * 413 in Chinese, nothing stored. A body sent without a length (chunked) is read, and refused by
 * the fields' and attachments' own limits.
 */
@Component
class LetterBodyLimit extends OncePerRequestFilter {

	static final int MAX_BYTES = 64 * 1024;

	private final MessageSource messages;

	private final long multipartMaxBytes;

	LetterBodyLimit(MessageSource messages, Letters letters) {
		this.messages = messages;
		Letters.AttachmentLimits limits = letters.attachmentLimits();
		this.multipartMaxBytes = MAX_BYTES + limits.files() * (limits.bytesEach() + 1024);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String uri = request.getRequestURI();
		return !"POST".equals(request.getMethod())
				|| !(uri.startsWith("/api/public/mailboxes/") || uri.startsWith("/api/public/letters/") || uri.startsWith("/letters/")
						|| uri.startsWith("/api/public/sites/") && uri.endsWith("/error-reports"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		boolean multipart = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
		if (request.getContentLengthLong() > (multipart ? multipartMaxBytes : MAX_BYTES)) {
			response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			String detail = messages.getMessage("interaction.submit.tooLarge", null, LocaleContextHolder.getLocale());
			response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"内容过大\",\"status\":413,\"detail\":\"" + detail
					+ "\",\"code\":\"interaction.submit.tooLarge\"}");
			return;
		}
		chain.doFilter(request, response);
	}
}
