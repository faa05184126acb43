package org.govsite.platform.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The console's and public pages' own files (/css, /js, the favicon) and the web jars, each under
 * its own path, instead of Spring Boot's default handler of every path ({@code /**}, with
 * {@code spring.web.resources.add-mappings: false}).
 * <p>
 * Why: with the web jars' locator on the classpath, every {@code @{…}} link a template writes is
 * offered to the resource chain to be versioned. Under {@code /**} that is every link of a page,
 * and each one not a file was looked for in every jar of the classpath, uncached: the channel tree
 * spent most of its time there (docs/performance.md). Now only links under these paths are looked up.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
		registry.addResourceHandler("/favicon.svg").addResourceLocations("classpath:/static/").resourceChain(true);
		registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true);
	}
}
