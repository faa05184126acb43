package org.govsite.site.web;

import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.govsite.site.GoLiveRefused;
import org.govsite.site.SiteGroupRules;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A refused go-live names every missing item on the page of the site or account, ahead of the
 * platform's general handling of refusals.
 */
@ControllerAdvice(assignableTypes = { SiteController.class, NewMediaController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class SiteConsoleAdvice {

	private final MessageSource messages;

	private final SiteGroupRules settings;

	SiteConsoleAdvice(MessageSource messages, SiteGroupRules settings) {
		this.messages = messages;
		this.settings = settings;
	}

	/** Which role acts at each approval level, by the level's name: the page says who must act next. */
	@org.springframework.web.bind.annotation.ModelAttribute("approvalRoles")
	java.util.Map<String, String> approvalRoles() {
		java.util.Map<String, String> roles = new java.util.LinkedHashMap<>();
		settings.approvalLevels().forEach(level -> roles.putIfAbsent(level.name(), level.role().name()));
		return roles;
	}

	@ExceptionHandler
	String goLiveRefused(GoLiveRefused refused, HttpServletRequest request, RedirectAttributes redirect) {
		redirect.addFlashAttribute("errorMessage", describe(messages, refused));
		String path = request.getRequestURI();
		return "redirect:" + path.substring(0, path.indexOf("/lifecycle/"));
	}

	/** 尚不能上线，缺少：网站标识码、英文域名…… */
	static String describe(MessageSource messages, GoLiveRefused refused) {
		String items = refused.missing()
			.stream()
			.map(item -> messages.getMessage("site.goLive.item." + item.name(), null, LocaleContextHolder.getLocale()))
			.collect(Collectors.joining("、"));
		return messages.getMessage("site.goLive.refusedList", new Object[] { items }, LocaleContextHolder.getLocale());
	}
}
