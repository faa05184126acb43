package org.govsite.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.govsite.platform.BackOffice;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Sends a staff member whose password is new or expired to the password form before anything
 * else in the console.
 */
@Configuration(proxyBeanMethods = false)
@BackOffice
class PasswordChangeInterceptor implements HandlerInterceptor, WebMvcConfigurer {

	static final String PASSWORD_PAGE = "/admin/account/password";

	private final SessionAuthentication session;

	PasswordChangeInterceptor(SessionAuthentication session) {
		this.session = session;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/admin/**").excludePathPatterns(PASSWORD_PAGE);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
		if (session.current().filter(StaffUser::passwordChangeRequired).isPresent()) {
			response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
			return false;
		}
		return true;
	}
}
