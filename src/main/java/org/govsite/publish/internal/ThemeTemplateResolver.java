package org.govsite.publish.internal;

import java.util.Map;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.cache.AlwaysValidCacheEntryValidity;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ITemplateResolver;
import org.thymeleaf.templateresolver.TemplateResolution;
import org.thymeleaf.templateresource.ClassLoaderTemplateResource;
import org.thymeleaf.templateresource.ITemplateResource;
import org.thymeleaf.templateresource.StringTemplateResource;

/**
 * The one place a theme's templates come from, by name: the site's override, else the default
 * theme's file. A name that is not one of {@link Theme#TEMPLATES} (a path, {@code file:…},
 * {@code classpath:…}, a console template) is refused, so {@code th:insert} and
 * {@code th:replace} reach the theme's own templates only. Parsed templates are cached by the
 * engine for the theme's life.
 */
final class ThemeTemplateResolver implements ITemplateResolver {

	private static final String DEFAULT_THEME = "themes/default/";

	private final Map<String, String> overrides;

	ThemeTemplateResolver(Map<String, String> overrides) {
		this.overrides = Map.copyOf(overrides);
	}

	@Override
	public String getName() {
		return "theme";
	}

	@Override
	public Integer getOrder() {
		return 1;
	}

	@Override
	public @Nullable TemplateResolution resolveTemplate(IEngineConfiguration configuration,
			@Nullable String ownerTemplate, String template, @Nullable Map<String, Object> templateResolutionAttributes) {
		if (!Theme.TEMPLATES.contains(template)) {
			throw new TemplateRefusal(PageText.text("page.template.refused.template", template,
					String.join("、", new TreeSet<>(Theme.TEMPLATES))));
		}
		String source = overrides.get(template);
		ITemplateResource resource = source != null ? new StringTemplateResource(source)
				: new ClassLoaderTemplateResource(Theme.class.getClassLoader(), DEFAULT_THEME + template + ".html",
						"UTF-8");
		return new TemplateResolution(resource, true, TemplateMode.HTML, false, AlwaysValidCacheEntryValidity.INSTANCE);
	}
}
