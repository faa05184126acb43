package org.govsite.publish.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.cache.AlwaysValidCacheEntryValidity;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.ITemplateResolver;
import org.thymeleaf.templateresolver.TemplateResolution;
import org.thymeleaf.templateresource.StringTemplateResource;

/**
 * A site's theme: the default theme's templates, each replaceable by the site's own version. It
 * has an engine of its own, apart from the console's: no application context, so a template
 * reaches no bean; expressions see only the variables a page is given, and Thymeleaf's restricted
 * evaluation refuses access to classes and object creation. Stored text is only ever passed as a
 * variable, never parsed as a template.
 */
public final class Theme {

	/** The templates of a theme; a site may override any of them. */
	public static final Set<String> TEMPLATES = Set.of("layout", "home", "list", "detail", "sitemap", "notfound");

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final TemplateEngine engine;

	/** The default theme with the site's overrides (template name to source). */
	public Theme(Map<String, String> overrides) {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setEnableSpringELCompiler(true);
		if (!overrides.isEmpty()) {
			engine.addTemplateResolver(new OverrideResolver(Map.copyOf(overrides)));
		}
		ClassLoaderTemplateResolver defaults = new ClassLoaderTemplateResolver(Theme.class.getClassLoader());
		defaults.setPrefix("themes/default/");
		defaults.setSuffix(".html");
		defaults.setTemplateMode(TemplateMode.HTML);
		defaults.setCharacterEncoding("UTF-8");
		defaults.setCacheable(true);
		defaults.setOrder(2);
		engine.addTemplateResolver(defaults);
		this.engine = engine;
	}

	/** The default theme's source of a template. */
	public static String defaultSource(String name) {
		try (java.io.InputStream in = Theme.class.getClassLoader().getResourceAsStream("themes/default/" + name + ".html")) {
			if (in == null) {
				throw new IllegalArgumentException("No template " + name);
			}
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/** An application context without beans: {@code ${@name}} in a template finds nothing. */
	private static final ApplicationContext NO_BEANS = emptyContext();

	/** Renders a template with the given variables. */
	public String render(String template, Map<String, Object> variables) {
		Context context = new Context(CHINESE, variables);
		// Thymeleaf's restricted evaluation context (no class access, no object creation), one per
		// page: its property accessors cache what they find, which a fresh context per expression
		// would lose
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(NO_BEANS, null));
		return engine.process(template, context);
	}

	/** Renders one fragment of a template ({@code layout}, {@code header}) with the given variables. */
	public String fragment(String template, String fragment, Map<String, Object> variables) {
		Context context = new Context(CHINESE, variables);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(NO_BEANS, null));
		return engine.process(new TemplateSpec(template, Set.of(fragment), TemplateMode.HTML, null), context);
	}

	private static ApplicationContext emptyContext() {
		GenericApplicationContext empty = new GenericApplicationContext();
		empty.refresh();
		return empty;
	}

	/** The site's overrides, found by template name; the default theme answers the rest. */
	private static final class OverrideResolver implements ITemplateResolver {

		private final Map<String, String> sources;

		OverrideResolver(Map<String, String> sources) {
			this.sources = sources;
		}

		@Override
		public String getName() {
			return "site-overrides";
		}

		@Override
		public Integer getOrder() {
			return 1;
		}

		@Override
		public @Nullable TemplateResolution resolveTemplate(IEngineConfiguration configuration,
				@Nullable String ownerTemplate, String template, @Nullable Map<String, Object> templateResolutionAttributes) {
			String source = sources.get(template);
			if (source == null) {
				return null;
			}
			return new TemplateResolution(new StringTemplateResource(source), true, TemplateMode.HTML, false,
					AlwaysValidCacheEntryValidity.INSTANCE);
		}
	}
}
