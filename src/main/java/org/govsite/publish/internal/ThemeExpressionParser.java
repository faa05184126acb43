package org.govsite.publish.internal;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.standard.expression.IStandardExpression;
import org.thymeleaf.standard.expression.IStandardExpressionParser;
import org.thymeleaf.standard.expression.StandardExpressionParser;

/**
 * Thymeleaf's expression parser without preprocessing ({@code __${…}__}), which would evaluate the
 * result of one expression, possibly text from the view model, as another. Thymeleaf preprocesses
 * only when the configured parser is its own {@link StandardExpressionParser} (in every attribute,
 * {@code th:with} and {@code th:each} too); this one is not, so preprocessing never happens. Where
 * the syntax appears, the template is refused with a message saying so rather than left to fail
 * on the unprocessed text.
 */
final class ThemeExpressionParser implements IStandardExpressionParser {

	private static final String PREPROCESSING = "__";

	private final StandardExpressionParser standard = new StandardExpressionParser();

	@Override
	public IStandardExpression parseExpression(IExpressionContext context, String input) {
		if (input.contains(PREPROCESSING)) {
			throw new TemplateRefusal(PageText.text("page.template.refused.preprocessing", input));
		}
		return standard.parseExpression(context, input);
	}
}
