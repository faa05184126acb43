package org.govsite.publish.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.expression.ParseException;
import org.springframework.expression.spel.SpelEvaluationException;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.SimpleEvaluationContext;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;

/**
 * Evaluates a theme's {@code ${…}} and {@code *{…}} with Spring's {@link SimpleEvaluationContext}:
 * it has no type locator ({@code T(…)}), no constructors ({@code new}), no bean resolver
 * ({@code @name}) and here no assignment; properties are read only through {@link ViewModelAccessor}
 * and methods only through {@link FormattingHelpers}. The only variables ({@code #name}) are those
 * helpers: Thymeleaf's expression objects ({@code #ctx}, {@code #vars}, {@code #execInfo} …) are
 * never handed to an expression.
 * <p>
 * The context keeps nothing of a page (the page's variables are the root of each evaluation, and
 * assignment is off), so one serves every page of the theme and the accessors' caches last. Parsed
 * expressions are kept per theme.
 */
final class ViewModelExpressions implements IStandardVariableExpressionEvaluator {

	private static final SpelExpressionParser PARSER = new SpelExpressionParser();

	private final EvaluationContext evaluation;

	private final Map<String, Expression> parsed = new ConcurrentHashMap<>();

	ViewModelExpressions() {
		SimpleEvaluationContext context = SimpleEvaluationContext.forPropertyAccessors(new ViewModelAccessor())
			.withMethodResolvers(new FormattingHelpers())
			.withAssignmentDisabled()
			.build();
		FormattingHelpers.BY_NAME.forEach(context::setVariable);
		this.evaluation = context;
	}

	@Override
	public @Nullable Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
			StandardExpressionExecutionContext executionContext) {
		String text = expression.getExpression();
		Object root = expression.getUseSelectionAsRoot() && context instanceof ITemplateContext template
				&& template.hasSelectionTarget() ? template.getSelectionTarget() : context;
		try {
			return parsed(text).getValue(evaluation, root);
		}
		catch (SpelEvaluationException e) {
			throw new TemplateRefusal(PageText.text("page.template.refused", text, reason(e)), e);
		}
	}

	private Expression parsed(String text) {
		Expression expression = parsed.get(text);
		if (expression == null) {
			try {
				expression = PARSER.parseExpression(text);
			}
			catch (ParseException e) {
				throw new TemplateRefusal(PageText.text("page.template.refused.syntax", text, e.getMessage()), e);
			}
			parsed.put(text, expression);
		}
		return expression;
	}

	private static String reason(SpelEvaluationException e) {
		String key = switch (e.getMessageCode()) {
			case TYPE_NOT_FOUND -> "type";
			case CONSTRUCTOR_NOT_FOUND, CONSTRUCTOR_INVOCATION_PROBLEM, TYPE_NAME_EXPECTED_FOR_ARRAY_CONSTRUCTION -> "constructor";
			case METHOD_NOT_FOUND, METHOD_CALL_ON_NULL_OBJECT_NOT_ALLOWED, FUNCTION_NOT_DEFINED -> "method";
			case NO_BEAN_RESOLVER_REGISTERED, INVALID_BEAN_REFERENCE -> "bean";
			case PROPERTY_OR_FIELD_NOT_READABLE, PROPERTY_OR_FIELD_NOT_READABLE_ON_NULL -> "property";
			case NOT_ASSIGNABLE, VARIABLE_ASSIGNMENT_NOT_SUPPORTED, PROPERTY_OR_FIELD_NOT_WRITABLE,
					PROPERTY_OR_FIELD_NOT_WRITABLE_ON_NULL -> "assignment";
			default -> null;
		};
		return key == null ? e.getMessage() : PageText.text("page.template.refused." + key);
	}
}
