package org.govsite.publish.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * A site's theme: the default theme's templates, each replaceable by the site's own version.
 * Templates are code that a site's 模板管理员 writes, so what they reach is fixed by the engine's
 * construction, not by who may edit them or by a list of forbidden words; the default theme goes
 * through the same engine.
 * <ul>
 * <li>Expressions see the page's view model only: {@link ViewModelExpressions} evaluates them with
 * Spring's {@code SimpleEvaluationContext} (no {@code T(…)}, no {@code new}, no {@code @bean}, no
 * assignment), reads only the page's variables and the components of {@link Views}' records
 * ({@link ViewModelAccessor}), and calls only {@code #strings}/{@code #lists} formatting methods
 * ({@link FormattingHelpers}). Thymeleaf's expression objects ({@code #ctx}, {@code #vars},
 * {@code #execInfo} …) and Spring's own dialect are not in this engine at all; there is no
 * application context, request, session or servlet object to reach.</li>
 * <li>No preprocessing ({@code __${…}__}): see {@link ThemeExpressionParser}.</li>
 * <li>{@code th:inline="javascript"} writes view-model values only, never walking other objects'
 * getters ({@link ViewModelJavaScript}).</li>
 * <li>{@code th:insert}/{@code th:replace} reach the theme's own {@link #TEMPLATES} only
 * ({@link ThemeTemplateResolver}).</li>
 * </ul>
 * Stored text is only ever passed as a variable, never parsed as a template. What a template asks
 * beyond this is refused with a {@link TemplateRefusal}; {@code TemplateInjectionTests} holds the
 * payloads that prove it.
 */
public final class Theme {

	/** The templates of a theme; a site may override any of them. */
	public static final Set<String> TEMPLATES = Set.of("layout", "home", "list", "detail", "sitemap", "notfound", "page");

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final TemplateEngine engine;

	/** The default theme with the site's overrides (template name to source). */
	public Theme(Map<String, String> overrides) {
		StandardDialect dialect = new StandardDialect();
		dialect.setVariableExpressionEvaluator(new ViewModelExpressions());
		dialect.setExpressionParser(new ThemeExpressionParser());
		dialect.setJavaScriptSerializer(new ViewModelJavaScript());
		TemplateEngine engine = new TemplateEngine();
		engine.setDialect(dialect);
		engine.setTemplateResolver(new ThemeTemplateResolver(overrides));
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

	/** Renders a template with the given variables. */
	public String render(String template, Map<String, Object> variables) {
		return engine.process(template, new Context(CHINESE, variables));
	}

	/** Renders one fragment of a template ({@code layout}, {@code header}) with the given variables. */
	public String fragment(String template, String fragment, Map<String, Object> variables) {
		return engine.process(new TemplateSpec(template, Set.of(fragment), TemplateMode.HTML, null),
				new Context(CHINESE, variables));
	}
}
